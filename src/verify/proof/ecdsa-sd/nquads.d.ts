// The part of `rdf-canonize`'s N-Quads module that the ECDSA-SD verifier uses (no types shipped).
declare module 'rdf-canonize/lib/NQuads.js' {
  interface Term {
    termType: 'NamedNode' | 'BlankNode' | 'Literal' | 'DefaultGraph';
    value: string;
    datatype?: { termType: 'NamedNode'; value: string };
    language?: string;
  }
  interface Quad {
    subject: Term;
    predicate: Term;
    object: Term;
    graph: Term;
  }
  const NQuads: {
    /** Parses N-Quads text; throws on a line that is not an N-Quad. */
    parse(input: string): Quad[];
    /** One N-Quad, ending in ` .\n`, in canonical form. */
    serializeQuad(quad: Quad): string;
  };
  export default NQuads;
}
