package diplograph

import "context"

// Country is a state, keyed by its ISO 3166-1 alpha-2 code, with its
// names in the three languages of the corpus.
type Country struct {
	Code   string `json:"code"`
	NameEN string `json:"nameEn"`
	NameRU string `json:"nameRu"`
	NameKK string `json:"nameKk"`
}

// Topic is a field of cooperation from the topic vocabulary, with its
// names in the three languages.
type Topic struct {
	Key    string `json:"key"`
	NameEN string `json:"nameEn"`
	NameRU string `json:"nameRu"`
	NameKK string `json:"nameKk"`
}

// Reference loads reference data (every country, every topic) into the
// graph, so that queries can name countries no article has mentioned yet.
type Reference interface {
	// UpsertCountries creates or updates the Country nodes, idempotently.
	UpsertCountries(ctx context.Context, cs []Country) error
	// UpsertTopics creates or updates the Topic nodes, idempotently.
	UpsertTopics(ctx context.Context, ts []Topic) error
}
