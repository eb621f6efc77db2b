// The part of the `jsonld` package's API that the engine uses (the package ships no types).
declare module 'jsonld/dist/jsonld.esm.min.js' {
  interface Options {
    documentLoader?: (url: string) => Promise<unknown>;
    safe?: boolean;
    algorithm?: string;
    format?: string;
    base?: string | null;
    rdfDirection?: string;
  }
  const jsonld: {
    canonize(input: unknown, options?: Options): Promise<string>;
    expand(input: unknown, options?: Options): Promise<unknown[]>;
  };
  export default jsonld;
}
