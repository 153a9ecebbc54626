/// The JSON-LD context of NewsGraph exports, byte for byte the text of `schema/context.jsonld`.
///
/// Kept as a string (not a bundle resource) so the library needs no resource lookup
/// to export; a test fails when this and the shipped file differ, so edit both together.
public enum JSONLDContext {
    /// The full document `{"@context": {...}}` as shipped in `schema/context.jsonld`.
    public static let document = """
        {
          "@context": {
            "@vocab": "http://schema.org/",
            "ng": "https://newsgraph.example/ns#",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
            "Position": "ng:Position",
            "Relation": "ng:Relation",
            "Observation": "ng:Observation",
            "Evidence": "ng:Evidence",
            "nodeId": "ng:nodeId",
            "nodeType": "ng:nodeType",
            "relation": "ng:relation",
            "source": {"@id": "ng:source", "@type": "@id"},
            "target": {"@id": "ng:target", "@type": "@id"},
            "position": {"@id": "ng:position", "@type": "@id"},
            "partOf": {"@id": "ng:partOf", "@type": "@id"},
            "locatedIn": {"@id": "ng:locatedIn", "@type": "@id"},
            "weight": "ng:weight",
            "articleCount": "ng:articleCount",
            "observationCount": "ng:observationCount",
            "date": "ng:date",
            "formerDate": "ng:formerDate",
            "observation": "ng:observation",
            "evidence": "ng:evidence",
            "file": "ng:file",
            "article": "ng:article",
            "start": "ng:start",
            "end": "ng:end",
            "sentence": "ng:sentence",
            "rule": "ng:rule",
            "title": "ng:title",
            "resolvedTitle": "ng:resolvedTitle",
            "role": "ng:role",
            "former": "ng:former",
            "organization": "ng:organization",
            "jurisdiction": "ng:jurisdiction",
            "level": "ng:level",
            "code": "ng:code",
            "noun": "ng:noun",
            "place": "ng:place",
            "index": "ng:index",
            "contentHash": "ng:contentHash"
          }
        }

        """
}
