// Types for the petrovich package (it ships none): the declension of Russian first, middle and last names.
declare module 'petrovich' {
  type Decline = (name: string) => string;
  type Cases = Record<'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional', Decline>;
  type Parts = Record<'first' | 'middle' | 'last', Cases>;
  const petrovich: Record<'male' | 'female' | 'androgynous', Parts>;
  export default petrovich;
}
