package neo4jstore

import (
	"sort"
	"time"

	"github.com/diplograph/diplograph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// Decoding of the maps the read queries return into domain values. Absent
// properties decode to zero values.

func mapOf(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

func maps(v any) []map[string]any {
	xs, _ := v.([]any)
	out := make([]map[string]any, 0, len(xs))
	for _, x := range xs {
		if m, ok := x.(map[string]any); ok {
			out = append(out, m)
		}
	}
	return out
}

func str(m map[string]any, k string) string {
	s, _ := m[k].(string)
	return s
}

func strList(v any) []string {
	xs, _ := v.([]any)
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func toInt(v any) int64 {
	switch n := v.(type) {
	case int64:
		return n
	case int:
		return int64(n)
	case float64:
		return int64(n)
	}
	return 0
}

func toTime(v any) time.Time {
	switch t := v.(type) {
	case time.Time:
		return t
	case dbtype.LocalDateTime:
		return time.Time(t)
	case dbtype.Date:
		return time.Time(t)
	}
	return time.Time{}
}

func decodeCountry(m map[string]any) diplograph.Country {
	return diplograph.Country{Code: str(m, "code"), NameEN: str(m, "nameEn"), NameRU: str(m, "nameRu"), NameKK: str(m, "nameKk")}
}

func decodeTopic(m map[string]any) diplograph.Topic {
	return diplograph.Topic{Key: str(m, "key"), NameEN: str(m, "nameEn"), NameRU: str(m, "nameRu"), NameKK: str(m, "nameKk")}
}

func decodePerson(m map[string]any) diplograph.PersonNode {
	min, _ := m["minister"].(bool)
	return diplograph.PersonNode{ID: str(m, "id"), Name: str(m, "name"), Latin: str(m, "nameLatin"),
		Aliases: strList(m["aliases"]), Country: str(m, "country"), Minister: min, Role: str(m, "role")}
}

func decodeOrganization(m map[string]any) diplograph.OrganizationNode {
	return diplograph.OrganizationNode{ID: str(m, "id"), Name: str(m, "name"), Latin: str(m, "nameLatin"), Country: str(m, "country")}
}

// decodeKeyed reads a list of related nodes, each a map (read by
// fromMap) or, when only the key was asked for, the key alone (see
// makeIncludes), sorted by key.
func decodeKeyed[T any](v any, fromKey func(string) T, fromMap func(map[string]any) T, key func(T) string) []T {
	xs, _ := v.([]any)
	out := make([]T, 0, len(xs))
	for _, x := range xs {
		switch x := x.(type) {
		case string:
			out = append(out, fromKey(x))
		case map[string]any:
			out = append(out, fromMap(x))
		}
	}
	sort.Slice(out, func(i, j int) bool { return key(out[i]) < key(out[j]) })
	return out
}

func decodeCountries(v any) []diplograph.Country {
	return decodeKeyed(v, func(k string) diplograph.Country { return diplograph.Country{Code: k} }, decodeCountry,
		func(c diplograph.Country) string { return c.Code })
}

func decodeTopics(v any) []diplograph.Topic {
	return decodeKeyed(v, func(k string) diplograph.Topic { return diplograph.Topic{Key: k} }, decodeTopic,
		func(t diplograph.Topic) string { return t.Key })
}

func decodeEvent(m map[string]any) diplograph.EventNode {
	e := diplograph.EventNode{ID: str(m, "id"), Type: str(m, "type"), Status: str(m, "status"), Title: str(m, "title"),
		Date: str(m, "date"), EndDate: str(m, "endDate"), City: str(m, "city")}
	if v, ok := m["countries"]; ok {
		e.Countries = decodeCountries(v)
	}
	if v, ok := m["topics"]; ok {
		e.Topics = decodeTopics(v)
	}
	if v, ok := m["participants"]; ok {
		ms := maps(v)
		e.Participants = make([]diplograph.Participant, 0, len(ms))
		for _, pm := range ms {
			e.Participants = append(e.Participants, diplograph.Participant{Person: decodePerson(mapOf(pm["person"])), Role: str(pm, "role")})
		}
		sort.Slice(e.Participants, func(i, j int) bool {
			a, b := e.Participants[i].Person, e.Participants[j].Person
			if a.Latin != b.Latin {
				return a.Latin < b.Latin
			}
			return a.ID < b.ID
		})
	}
	if v, ok := m["agreements"]; ok {
		ms := maps(v)
		e.Agreements = make([]diplograph.AgreementNode, 0, len(ms))
		for _, am := range ms {
			e.Agreements = append(e.Agreements, decodeAgreement(am))
		}
		sort.Slice(e.Agreements, func(i, j int) bool { return e.Agreements[i].ID < e.Agreements[j].ID })
	}
	if v, ok := m["evidence"]; ok {
		e.Evidence = decodeEvidence(v)
	}
	return e
}

func decodeAgreement(m map[string]any) diplograph.AgreementNode {
	a := diplograph.AgreementNode{ID: str(m, "id"), Kind: str(m, "kind"), Status: str(m, "status"), Title: str(m, "title"),
		Date: str(m, "date"), EventID: str(m, "eventId")}
	if v, ok := m["countries"]; ok {
		a.Countries = decodeCountries(v)
	}
	if v, ok := m["topics"]; ok {
		a.Topics = decodeTopics(v)
	}
	return a
}

func decodeArticle(m map[string]any) diplograph.ArticleNode {
	return diplograph.ArticleNode{ID: str(m, "id"), URL: str(m, "url"), Source: str(m, "source"), Title: str(m, "title"),
		Language: str(m, "language"), Published: str(m, "published"), ContentHash: str(m, "contentHash"),
		IngestedAt: toTime(m["ingestedAt"])}
}
