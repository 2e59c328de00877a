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
// The rows of data/heads.tsv (heads of state and government and foreign
// ministers since 2000 of about sixty states and the EU) and
// data/ministers.tsv (the ministers and deputy prime ministers of
// Kazakhstan, Russia, Uzbekistan and Kyrgyzstan since 2015, of
// Azerbaijan, China, Tajikistan and Turkmenistan since 2018) were written
// on 2026-12-07 by annotators from their own knowledge, each row naming
// the public list it should be checked against; no dataset was copied.
// Dates given to the month or the year are approximate. A wrong row
// misnames a person only where the text does not name him itself: the
// extractor lets the text win.
//
// Load reports a bad row with its file and line. Overlaps lists terms of
// one office that overlap, which the tests forbid.
package holders
