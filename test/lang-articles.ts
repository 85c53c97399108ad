// Hand-written news articles in eight languages for the language tests (entities, quotes with speakers, dates, boilerplate).

export const DE_HEISE = `Mit Version 7.4 der Windows PowerShell bringt Microsoft eine neue Sprache für Administratoren. Die Entwicklung hatte lange gedauert. Ein Blick auf die Neuerungen zeigt: Die Sprache nimmt Anregungen aus der Community auf, und zur Zeit arbeitet das Team an weiteren Funktionen.
Die Entwickler bei Microsoft veröffentlichen die Software unter einer offenen Lizenz. Nutzer können Fehler auf GitHub melden.`;

export const DE_POLITICS = `Berlin, 24. September 2018 – Der russische Präsident Wladimir Putin hat die Gespräche mit der Ukraine als konstruktiv bezeichnet. „Wir sind bereit, die Verhandlungen fortzusetzen“, sagte Putin bei einer Pressekonferenz in Moskau.
Bundeskanzlerin Angela Merkel erklärte am Abend, dass Deutschland die Bemühungen um eine Waffenruhe weiter unterstützen werde. Sie sagte: „Wir stehen an der Seite der Menschen in der Ukraine.“
Die Opposition im Bundestag kritisierte die Regierung. Der Kremlsprecher Dmitri Peskow kündigte an, die Gespräche würden im Oktober fortgesetzt.`;

export const FR_POLITICS = `Paris, le 13 décembre 2018 – « Nous sommes prêts à discuter avec tous nos partenaires européens », a déclaré Vladimir Poutine lors d'une conférence de presse à Moscou.
Le président Emmanuel Macron a affirmé que la France restait ouverte au dialogue. « La situation est grave, mais elle n'est pas désespérée », a-t-il ajouté devant les journalistes de l'Élysée.
Lire aussi`;

export const ES_POLITICS = `Madrid, 24 de septiembre de 2018 – «Estamos preparados para negociar con la Unión Europea», dijo Putin en Moscú ante la prensa extranjera.
El presidente del Gobierno, Pedro Sánchez, afirmó que España apoyará a Ucrania en todas las instancias. «No vamos a ceder ante ninguna presión externa», aseguró Sánchez en el Congreso.`;

export const PT_ECONOMY = `Brasília, 24 de setembro de 2018 – “Vamos continuar trabalhando para que o país volte a crescer”, disse o presidente Michel Temer nesta segunda-feira, em São Paulo.
O ministro da Fazenda, Eduardo Guardia, afirmou que o governo vai cortar gastos no próximo ano. Segundo Guardia, a economia deve crescer 1,5% em 2019.
Leia mais`;

export const IT_POLITICS = `Roma, 24 settembre 2018 – «Siamo pronti a fare la nostra parte in Europa», ha detto il premier Giuseppe Conte a Bruxelles.
Il presidente Sergio Mattarella ha dichiarato che l'Italia resta unita di fronte alla crisi. «Il Paese deve ritrovare fiducia nelle istituzioni», ha aggiunto Mattarella.`;

export const RU_POLITICS = `Москва, 13 декабря. «Мы готовы к переговорам с Украиной при любых условиях», — сказал Путин на пресс-конференции в Кремле.
Пресс-секретарь президента Дмитрий Песков заявил, что встреча лидеров пройдет в декабре. По словам Пескова, Путин также обсудит ситуацию в Сирии.
Читайте также`;

export const AR_POLITICS = `قال الرئيس الروسي فلاديمير بوتين إن روسيا مستعدة للحوار مع الولايات المتحدة بشأن الأمن الأوروبي. وأضاف بوتين خلال مؤتمر صحفي في موسكو أن الكرملين ينتظر ردا من واشنطن. وأكد المتحدث باسم الكرملين ديمتري بيسكوف أن الاجتماع سيعقد الشهر المقبل في جنيف.
اقرأ أيضا`;

/** Arabic with speakers no gazetteer knows: named after their titles, then by the last word of the name. */
export const AR_UNKNOWN_NAMES = `قال الرئيس المصري عبد الفتاح السيسي إن مصر ستواصل دعم الاستقرار في المنطقة خلال المرحلة المقبلة. وأضاف السيسي: «لن نسمح بالمساس بأمننا القومي تحت أي ظرف من الظروف». وقال رئيس الحكومة إن الوضع الاقتصادي مستقر. «المفاوضات مستمرة مع جميع الأطراف حتى نصل إلى اتفاق عادل»، قال وزير الخارجية سامح شكري. وأكد الرئيس التنفيذي للشركة أن الأرباح ارتفعت.`;

export const PL_TEXT = `Prezydent Andrzej Duda powiedział w poniedziałek, że Polska będzie nadal wspierać Ukrainę. „Jesteśmy gotowi pomagać naszym sąsiadom tak długo, jak to będzie potrzebne” – dodał prezydent podczas konferencji w Warszawie.`;
