// Gives the disclosed document's blank nodes the labels the issuer signed: canonical `_:c14nN`
// becomes the HMAC-derived `_:u…` from the proof's label map (VC DI ECDSA §3.4.1–3.4.3, §3.5.9).
import NQuads from 'rdf-canonize/lib/NQuads.js';

type Term = ReturnType<typeof NQuads.parse>[number]['subject'];

function relabel(term: Term, labelMap: ReadonlyMap<string, string>): Term | null {
  if (term.termType !== 'BlankNode') return term;

  const label = labelMap.get(term.value);
  return label === undefined ? null : { ...term, value: label };
}

/**
 * The canonical N-Quads with every blank node relabelled, in canonical (sorted) order; null when
 * a blank node has no label in the map, so the disclosed statements cannot be the signed ones.
 * Terms are parsed rather than matched as text, so a literal that reads `_:c14n0` stays as it is.
 */
export function relabelNQuads(
  canonical: string,
  labelMap: ReadonlyMap<string, string>,
): string[] | null {
  const relabelled: string[] = [];

  for (const quad of NQuads.parse(canonical)) {
    const subject = relabel(quad.subject, labelMap);
    const object = relabel(quad.object, labelMap);
    const graph = relabel(quad.graph, labelMap);
    if (!subject || !object || !graph) return null;

    relabelled.push(NQuads.serializeQuad({ ...quad, subject, object, graph }));
  }

  return relabelled.sort();
}
