// Package entity finds the people, places and organizations named in Gujarati news (and in the
// English mixed into it) and links their mentions into document-level entities with canonical
// English names.
//
// Recognizer.Analyze runs the stages in order: normalize.Clean (the offset map back to the
// original bytes), tokens and sentences (Latin names glued to Gujarati suffixes split, signs never
// split from their letter, abbreviations such as ડૉ. and યુ.એસ. kept whole), case suffixes
// (SplitSuffix: પુતિને = પુતિન + ergative ે), a longest-match lookup in the embedded lexicon
// (some 19,000 entities, lexicon/README.md) that also finds spelling variants of people's names
// and translators' misspellings of places, context rules for names the lexicon lacks (titles and
// roles, -ભાઈ/-બેન, given names and surnames, initials, organization heads such as મંત્રાલય and
// પોલીસ, facilities, the subject of a reporting verb), propagation of a name found once to its
// other occurrences, and linking (lexicon entries, partial names, both scripts).
//
// Every Mention's Start and End are byte offsets into the caller's input, with
// input[Start:End] == Text; RuneStart and RuneEnd count code points. The data is loaded once per
// process, and a Recognizer is safe for concurrent use.
//
// Accuracy on the 70 annotated fixtures (testdata/fixtures; go test -run TestFixtureF1 -v) and
// speed (go test -bench BenchmarkEntities) are measured by the package's tests.
package entity
