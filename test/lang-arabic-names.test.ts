// Arabic names after titles: the title's domain and adjectives skipped, names of two parts or three, appositions; 'according to' behind `و`;
// organisations a head noun names; a saying a reporter passes on; two words before إن after a cue and a long title.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';
import { speakerOf } from './helpers/lang-speaker.js';

const names = (text: string) =>
  analyze(text, { language: 'ar' })
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

test("a title's definite domain and adjective come before the name, which ends with its family name (not the words after it)", () => {
  assert.deepEqual(names('أكد وزير الاقتصاد الأردني كريم الحمصي أن الحكومة ماضية في خطة خفض العجز.'), ['كريم الحمصي']);
  assert.deepEqual(names('وأشاد المدرب سيموني إنزاغي بأداء لاعبيه في الشوط الثاني.'), ['سيموني إنزاغي']);
});

test("particles join the next word into one part of the name, and a nisba after a father's name is the family name", () => {
  assert.deepEqual(names('قال وزير الخارجية بدر عبد العاطي إن الموقف ثابت.'), ['بدر عبد العاطي']);
  assert.deepEqual(names('وقال رئيس الوزراء محمد شياع السوداني إن الحكومة ماضية في الإصلاح.'), ['محمد شياع السوداني']);
});

test('a name in apposition after a title and a comma speaks the quote after the colon', () => {
  const ar = 'وصرّح المدير الفني للوداد، سامي الإدريسي، عقب المباراة: "الفريق يحتاج إلى وقت للتأقلم مع الأسلوب الجديد".';
  assert.equal(speakerOf(ar, 'ar', 'الفريق يحتاج'), 'سامي الإدريسي');
});

test("'according to' with a glued `و` attributes the quote after it (`وبحسب الخبير ...، فإن`)", () => {
  const ar = 'وبحسب الخبير الاقتصادي محمد الشرقي، فإن "الأسعار ستبقى مرتفعة حتى نهاية السنة على الأقل".';
  assert.equal(speakerOf(ar, 'ar', 'الأسعار ستبقى'), 'محمد الشرقي');
});

test('a cue written with its vowel marks is the cue (`وصرّح`), and a mark stays inside its word (a decomposed accent)', () => {
  const ar = 'وصرّح المدرب سامي الإدريسي: "الفريق يحتاج إلى وقت للتأقلم مع الأسلوب الجديد".';
  assert.equal(speakerOf(ar, 'ar', 'الفريق يحتاج'), 'سامي الإدريسي');
  const fr = analyze('« Nous allons tout reprendre », a déclaré Se\u0301gole\u0300ne Royal.', { language: 'fr' });
  assert.equal(fr.quotes[0]?.speaker?.entity, 'Se\u0301gole\u0300ne Royal');
});

test('a head noun without the article and the name after it are an organisation, which its noun with the article later stands for', () => {
  const ar = 'أعلنت وزارة الصحة المصرية ارتفاع عدد المصابين إلى 47 شخصًا. وقالت الوزارة في بيان: «جميع الحالات مستقرة وتتلقى الرعاية اللازمة».';
  const a = analyze(ar, { language: 'ar' });
  assert.ok(a.entities.some((e) => e.name === 'وزارة الصحة المصرية' && e.type === 'org'));
  assert.equal(speakerOf(ar, 'ar', 'جميع الحالات'), 'وزارة الصحة المصرية');
  assert.ok(analyze('تأهل نادي الوحدة إلى النهائي.', { language: 'ar' }).entities.some((e) => e.name === 'نادي الوحدة' && e.type === 'org'));
  // a club whose name is a word is named alone in a text about sport (data contextOrgs): `نادي` is its head, no part of it
  assert.ok(analyze('تأهل نادي الهلال إلى النهائي.', { language: 'ar' }).entities.some((e) => e.name === 'الهلال' && e.type === 'org'));
});

test('an official or a source no name follows names no one (`وأضاف مسؤول في مستشفى ...، أن`)', () => {
  const ar = 'وأضاف مسؤول في مستشفى أسيوط الجامعي، طلب عدم ذكر اسمه، أن "أغلب المصابين من طلاب المدينة الجامعية".';
  assert.equal(speakerOf(ar, 'ar', 'أغلب المصابين'), null);
});

test('a long name behind particles, a second title among the domain words, a title behind a glued proclitic', () => {
  assert.deepEqual(names('قال رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني إن الوساطة مستمرة.'), ['محمد بن عبد الرحمن آل ثاني']);
  assert.deepEqual(names('قال وزير الخارجية السعودي الأمير فيصل بن فرحان إن المملكة تدعم الجهود.'), ['فيصل بن فرحان']);
  const ar = 'ووفقا لمحافظ البنك، كمال الدريدي، فإن «هذا القرار ضروري لكبح التضخم وحماية الدينار».';
  assert.equal(speakerOf(ar, 'ar', 'هذا القرار'), 'كمال الدريدي');
});

test('a title word agreeing as an adjective with the noun before it introduces no name (`المؤتمر الصحفي عقب المباراة`)', () => {
  const ar = 'وقال مدرب الأهلي، منذر الزواري، في المؤتمر الصحفي عقب المباراة: «اللاعبون قدموا مباراة كبيرة رغم الضغط».';
  assert.deepEqual(names(ar), ['منذر الزواري']);
  assert.equal(speakerOf(ar, 'ar', 'اللاعبون قدموا'), 'منذر الزواري');
});

test('a listed first name and the parts after it name a person with no title (`ريم نصار`, `خليل إبراهيم المنصوري`), and its last word later too', () => {
  assert.deepEqual(names('وجاءت ريم نصار إلى الاجتماع متأخرة.'), ['ريم نصار']);
  assert.deepEqual(names('ونفى خليل إبراهيم المنصوري صحة الخبر.'), ['خليل إبراهيم المنصوري']);
  const ar = 'توقع سالم الكعبي أن ترتفع أحجام المناولة في الموانئ. وقال الكعبي: «الطلب على الشحن إلى أفريقيا وآسيا الوسطى يتضاعف بسرعة».';
  assert.equal(speakerOf(ar, 'ar', 'الطلب على الشحن'), 'سالم الكعبي');
});

test('a first name that is also a common word names no one before a definite noun or an indefinite word (`سعيد`, `أمل`)', () => {
  assert.deepEqual(names('كان الجمهور سعيد جدا بالنتيجة، وأمل كبير يحدو اللاعبين.'), []);
  assert.deepEqual(names('قال سعيد الكعبي إن الموسم كان صعبا.'), ['سعيد الكعبي']);
});

test('an organisation named in quotation marks after its head word is that organisation, and its noun stands for it', () => {
  const ar = 'أعلنت شركة «أرامكو السعودية» توقيع عقود جديدة. وقالت الشركة في بيان: «نتوقع أن يسهم المشروع في توفير آلاف فرص العمل».';
  const a = analyze(ar, { language: 'ar' });
  assert.deepEqual(
    a.entities.filter((e) => e.type === 'org').map((e) => e.name),
    ['أرامكو السعودية'],
  );
  assert.equal(a.quotes.length, 1); // the name in marks is no quotation
  assert.equal(speakerOf(ar, 'ar', 'نتوقع أن يسهم'), 'أرامكو السعودية');
});

const orgs = (text: string) =>
  analyze(text, { language: 'ar' })
    .entities.filter((e) => e.type === 'org')
    .map((e) => e.name);

test("an institution's head with the article and its adjectives is its name; a word behind a preposition ends a name", () => {
  assert.deepEqual(orgs('أبقى البنك المركزي المصري أسعار الفائدة دون تغيير.'), ['البنك المركزي المصري']);
  assert.deepEqual(orgs('وأعلن المجلس الأعلى للآثار افتتاح القاعة الجديدة.'), ['المجلس الأعلى للآثار']);
  assert.deepEqual(orgs('وقضت محكمة جنايات الجيزة بالسجن عشر سنوات على المتهم.'), ['محكمة جنايات الجيزة']);
  // the head alone stands for one named before, and `و` joins the fields of one name
  assert.deepEqual(orgs('أعلنت وزارة الصحة والسكان المصرية خطة جديدة، وقالت الوزارة إنها ستبدأ غدا.'), ['وزارة الصحة والسكان المصرية']);
});

test('a person the gazetteer names in full is named by the family name alone later; a known place after a head is in its name', () => {
  const text = 'أكد وزير الخارجية أيمن الصفدي أن الحل السياسي ضروري. وأضاف الصفدي: "لا بديل عن حل سياسي يضمن حقوق الشعب الفلسطيني".';
  assert.equal(speakerOf(text, 'ar', 'لا بديل'), 'أيمن الصفدي');
  assert.deepEqual(orgs('وقرر بنك المغرب الإبقاء على سعر الفائدة، وقضت محكمة جنايات الجيزة بالسجن عشر سنوات.'), ['بنك المغرب', 'محكمة جنايات الجيزة']);
});

test("a spokesperson's adjectives and `باسم` with the body come before a name between commas, which runs to the closing comma", () => {
  const text =
    'أعلنت وزارة الصحة السعودية تسجيل انخفاض في حالات الإصابة. وأوضح المتحدث الرسمي باسم الوزارة، محمد العبد العالي، أن «نسبة التطعيم بين كبار السن تجاوزت 70 في المائة».';
  assert.deepEqual(names(text), ['محمد العبد العالي']);
  assert.equal(speakerOf(text, 'ar', 'نسبة التطعيم'), 'محمد العبد العالي');
});

test('a department, centre, committee or police force heads an organisation’s name that speaks (ar)', () => {
  const ar = 'حذرت إدارة الأرصاد الجوية الكويتية من رياح نشطة. وقالت الإدارة في بيان إن "مدى الرؤية قد ينعدم في بعض المناطق المكشوفة".';
  assert.equal(speakerOf(ar, 'ar', 'مدى الرؤية'), 'إدارة الأرصاد الجوية الكويتية');
  const police = 'ودعت شرطة دبي السائقين إلى "توخي الحذر وعدم الاقتراب من الأودية خلال هطول الأمطار".';
  assert.equal(speakerOf(police, 'ar', 'توخي الحذر'), 'شرطة دبي');
});

test('a saying passed on by a reporter is the source’s, none when the source is unnamed; the agency is the reporter (ar)', () => {
  const named = 'أكد الرئيس اللبناني جوزاف عون أن القرار نهائي. ونقل بيان للرئاسة عن عون قوله: "لبنان يريد الاستقرار ولن يقبل بأي إملاءات خارجية".';
  assert.equal(speakerOf(named, 'ar', 'لبنان يريد'), 'جوزاف عون');
  const q = analyze('ونقلت وكالة رويترز عن مصدر حكومي مطلع قوله إن «القرار سيعلن رسميا مطلع الشهر المقبل».', { language: 'ar' }).quotes[0];
  assert.equal(q?.speaker ?? null, null);
  assert.equal(q?.reporter, 'رويترز'); // (the agency's name without its descriptor noun)
});

test('a titled name keeps its third part before the complementiser after a cue (ar)', () => {
  const ar = 'وقال الرئيس التنفيذي للهيئة محمد حسن علوان إن "المعرض أصبح منصة ثقافية تتجاوز حدود بيع الكتب".';
  assert.equal(speakerOf(ar, 'ar', 'المعرض أصبح'), 'محمد حسن علوان');
});

test('two words before إن after a cue and a long title phrase are the person’s name, who speaks again later', () => {
  const ar =
    'رفع الصندوق توقعاته للنمو. وقال مدير إدارة الشرق الأوسط وآسيا الوسطى في الصندوق جهاد أزعور إن "الإصلاحات بدأت تؤتي ثمارها". وأشار أزعور إلى أن المخاطر "لا تزال قائمة" بسبب تقلب أسعار الخام.';
  const a = analyze(ar, { language: 'ar' });
  assert.ok(a.entities.some((e) => e.name === 'جهاد أزعور' && e.type === 'person'));
  assert.equal(a.quotes.find((q) => q.text.startsWith('لا تزال'))?.speaker?.entity, 'جهاد أزعور');
  // no cue before the title: no name (`الأوسط`, `وآسيا` stay out)
  const plain = analyze('زار مدير إدارة الشرق الأوسط في الصندوق جهاد أزعور عمّان أمس.', { language: 'ar' });
  assert.ok(!plain.entities.some((e) => e.name === 'جهاد أزعور'));
});
