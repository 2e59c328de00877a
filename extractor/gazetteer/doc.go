// Package gazetteer finds countries and cities in Russian, Kazakh and English
// text.
//
// A Gazetteer is built once by New from the CLDR region names of
// golang.org/x/text (English, Russian, Kazakh), the official long forms that
// press releases use, common alternative names, abbreviations, adjectives and
// demonyms, and a table of capitals and other cities where diplomacy happens.
// Every name is expanded into its case forms (Russian declension and Kazakh
// case suffixes from package morph) and indexed by a normalised key
// (lower case, ё as е), so a text is matched in one pass over its tokens with
// map lookups of 1..5-token windows, longest match first.
//
// Proper names must start with an upper-case letter in the text; adjectives
// and demonyms match in any case; abbreviations must match exactly. A
// Gazetteer is immutable after New and safe for concurrent use.
package gazetteer
