// Package holders is the dictionary of office holders that the extractor
// loads: heads of state and government, foreign ministers and other
// ministers, each with the country, the office, the term and the name in
// English, Russian and Kazakh with its usual spellings. Real articles name
// people the reader is expected to know ("Lavrov said", "Макрон прибыл"):
// the dictionary resolves such a name, at the article's date, to one
// person with his country and office.
//
// # Data
//
// The data is UTF-8 TSV files in data/ (embedded), one row a term:
//
//	country  office  portfolio  from  to  en  ru  kk  aliases  source
//
// office is head_of_state, head_of_government, deputy_head_of_government
// or minister (with its portfolio in English); from and to are ISO dates,
// full or partial (to is empty while in office); en, ru and kk are the
// given name and the surname as the news of each language writes them;
// aliases are other Latin spellings separated by "|"; source says where
// the row comes from. A linguist adds a row without reading Go.
//
// Load reports a bad row with its file and line. Overlaps lists terms of
// one office that overlap, which the tests forbid.
package holders
