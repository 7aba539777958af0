// The pills' words from both locale files, made at build time by the pillWords plugin in wxt.config.ts.
declare module 'virtual:pill-words' {
  const words: Record<'en' | 'de', Record<string, { message: string }>>;
  export default words;
}
