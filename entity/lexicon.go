package entity

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"sync"

	"github.com/kathan-nlp/kathan/normalize"
)

// The lexicon is data: TSV files a Gujarati speaker can review without reading Go. Each file
// names its origin and licence in its header comments; lexicon/README.md lists them all.
//
//go:embed lexicon
var lexiconFS embed.FS

// Entry is one known entity.
type Entry struct {
	Type Type
	Name string // canonical English name
	Gu   string // canonical Gujarati form
	Kind string // subclass: country, city, politician, party, ministry ...
	File string // the data file it came from
}

// Lexicon maps folded surface forms (normalize.Fold) of names, in both scripts, to entries.
// It is immutable once loaded and safe for concurrent use.
type Lexicon struct {
	Entries   []Entry
	index     map[string][]int32 // folded form -> entries, best first
	prefix    map[string]bool    // the word prefixes of multi-word forms, to stop extending early
	maxWords  int                // the most words in any form
	errs      []string           // malformed lines, reported by tests
	buf       []byte             // scratch for loading
	buf2      []byte
	skel      map[string][]int32 // skeletons of people's multi-word Gujarati names (fuzzy.go)
	skelFirst map[string]bool    // skeletons of their first words
}

// curated files come before the Wikidata titles, so their entries win a shared form.
var lexiconFiles = []string{
	"lexicon/people.tsv", "lexicon/people-world.tsv", "lexicon/organizations.tsv",
	"lexicon/organizations-world.tsv", "lexicon/india-places.tsv", "lexicon/world-places.tsv",
	"lexicon/world-places-extra.tsv", "lexicon/core.tsv", "lexicon/projected.tsv",
}

const wikidataFile = "lexicon/src/wikidata-typed.tsv"

var loadLexicon = sync.OnceValue(newLexicon)

// newLexicon reads the embedded data files. It is called once per process (through loadLexicon);
// the benchmark calls it directly to measure the cost of loading.
func newLexicon() *Lexicon {
	lx := &Lexicon{index: make(map[string][]int32, 48000), prefix: make(map[string]bool, 16000)}
	for _, f := range lexiconFiles {
		lx.loadTSV(f)
	}
	lx.loadWikidata(wikidataFile)
	return lx
}

// DefaultLexicon returns the embedded lexicon, loaded once per process.
func DefaultLexicon() *Lexicon { return loadLexicon() }

func (lx *Lexicon) loadTSV(name string) {
	data, err := fs.ReadFile(lexiconFS, name)
	if err != nil {
		return // an optional file that is not there
	}
	file := path.Base(name)
	n := 0
	for line := range strings.Lines(string(data)) {
		n++
		line = strings.TrimSuffix(line, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		var c [5]string
		nf := 0
		for f := range strings.SplitSeq(line, "\t") {
			if nf < len(c) {
				c[nf] = f
			}
			nf++
		}
		if nf < 4 {
			lx.errs = append(lx.errs, fmt.Sprintf("%s:%d: %d fields", name, n, nf))
			continue
		}
		t := Type(c[0])
		if t != Person && t != Location && t != Organization {
			lx.errs = append(lx.errs, fmt.Sprintf("%s:%d: type %q", name, n, c[0]))
			continue
		}
		gu, _, _ := strings.Cut(c[2], "|")
		gu = strings.TrimSpace(gu)
		if c[1] == "" || gu == "" {
			lx.errs = append(lx.errs, fmt.Sprintf("%s:%d: no name", name, n))
			continue
		}
		kind := c[4]
		if kind == "league" || kind == "tournament" {
			continue // competitions are events, which are not annotated
		}
		id := lx.add(Entry{Type: t, Name: c[1], Gu: gu, Kind: kind, File: file})
		lx.addForm(c[1], id)
		for g := range strings.SplitSeq(c[2], "|") {
			if g = strings.TrimSpace(g); g != "" {
				lx.addForm(g, id)
			}
		}
		for a := range strings.SplitSeq(c[3], "|") {
			if a = strings.TrimSpace(a); a == "" || a[0] >= 0x80 && !strings.Contains(a, " ") && letters(a) < 2 {
				continue // a one-letter Gujarati alias (રો for RAW) is an ordinary syllable in text
			}
			lx.addForm(a, id)
		}
	}
}

// loadWikidata adds the typed Wikidata title pairs: entities only, without the disambiguation
// that titles carry ("(film)", ", Gujarat").
func (lx *Lexicon) loadWikidata(name string) {
	data, err := fs.ReadFile(lexiconFS, name)
	if err != nil {
		return
	}
	for n, line := range strings.Split(string(data), "\n") {
		c := strings.Split(line, "\t")
		if n == 0 || len(c) < 4 || c[2] == "O" {
			continue
		}
		t := Type(c[2])
		if t != Person && t != Location && t != Organization {
			continue
		}
		gu, en := stripDisambiguation(c[0]), stripDisambiguation(c[1])
		if gu == "" || en == "" {
			continue
		}
		if ids := lx.index[string(normalize.Fold(nil, gu))]; len(ids) > 0 {
			continue // a curated entry has this form already
		}
		if !strings.Contains(gu, " ") && letters(gu) < 4 {
			continue // short one-word titles (પાલી, સીધી) are too often ordinary words
		}
		id := lx.add(Entry{Type: t, Name: en, Gu: gu, Kind: c[3], File: path.Base(name)})
		lx.addForm(gu, id)
		lx.addForm(en, id)
	}
}

func stripDisambiguation(s string) string {
	if i := strings.Index(s, " ("); i > 0 {
		s = s[:i]
	}
	if i := strings.Index(s, ","); i > 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

func (lx *Lexicon) add(e Entry) int32 {
	lx.Entries = append(lx.Entries, e)
	return int32(len(lx.Entries) - 1)
}

// letters counts the consonants and vowel letters of a Gujarati word.
func letters(w string) int {
	n := 0
	for _, r := range w {
		if k := normalize.KindOf(r); k == normalize.Consonant || k == normalize.VowelLetter {
			n++
		}
	}
	return n
}

// isAcronym reports a Latin form in capitals (UN, CBI, UP): it matches only capitals in text,
// so that "up" and "us" are not Uttar Pradesh and the United States.
func isAcronym(form string) bool {
	n := 0
	for i := 0; i < len(form); i++ {
		switch c := form[i]; {
		case c >= 'A' && c <= 'Z':
			n++
		case c != '.':
			return false
		}
	}
	return n >= 2 && n <= 6
}

func (lx *Lexicon) addForm(form string, id int32) {
	lx.buf = normalize.Fold(lx.buf[:0], form)
	lx.buf = squeezeSpaces(lx.buf)
	if len(lx.buf) == 0 {
		return
	}
	if isAcronym(form) {
		lx.buf = append(lx.buf[:0], append([]byte{'^'}, lx.buf...)...)
	}
	k := string(lx.buf)
	words := 1
	for i := 0; i < len(k); i++ {
		if k[i] == ' ' {
			words++
		}
	}
	if words > lx.maxWords {
		lx.maxWords = words
	}
	lx.addKey(k, id)
	lx.addPersonSkeleton(k, words, id)
	// Two-word transliterations are also written as one word: ન્યૂ યોર્ક = ન્યૂયોર્ક.
	if sp := strings.IndexByte(k, ' '); words == 2 && k[0] >= 0x80 && letters(k[:sp]) >= 2 && letters(k[sp+1:]) >= 2 {
		lx.addKey(k[:sp]+k[sp+1:], id)
	}
}

// squeezeSpaces trims b and turns runs of spaces into one, in place.
func squeezeSpaces(b []byte) []byte {
	out := b[:0]
	space := true // drops leading spaces
	for _, c := range b {
		if c == ' ' || c == '\t' {
			if !space {
				out = append(out, ' ')
			}
			space = true
			continue
		}
		out = append(out, c)
		space = false
	}
	if n := len(out); n > 0 && out[n-1] == ' ' {
		out = out[:n-1]
	}
	return out
}

func (lx *Lexicon) addKey(k string, id int32) {
	for i := 0; i < len(k); i++ {
		if k[i] == ' ' {
			lx.prefix[k[:i]] = true
		}
	}
	for _, x := range lx.index[k] {
		if x == id {
			return
		}
	}
	lx.index[k] = append(lx.index[k], id)
	if w := strings.Count(k, " ") + 1; w > lx.maxWords {
		lx.maxWords = w
	}
}

// Lookup returns the entries whose folded form equals the folded form of name, best first.
func (lx *Lexicon) Lookup(name string) []Entry {
	k := string(squeezeSpaces(normalize.Fold(nil, name)))
	if isAcronym(name) {
		k = "^" + k
	}
	var out []Entry
	for _, id := range lx.index[k] {
		out = append(out, lx.Entries[id])
	}
	return out
}

// lookupFolded returns the entry ids of an already folded key without allocating.
func (lx *Lexicon) lookupFolded(key []byte) []int32 { return lx.index[string(key)] }

// isPrefix reports whether some multi-word form starts with the folded words of key.
func (lx *Lexicon) isPrefix(key []byte) bool { return lx.prefix[string(key)] }

// Len returns the number of entries.
func (lx *Lexicon) Len() int { return len(lx.Entries) }

// Forms returns the number of distinct folded forms indexed.
func (lx *Lexicon) Forms() int { return len(lx.index) }

// CountByType counts entries per type.
func (lx *Lexicon) CountByType() map[Type]int {
	m := map[Type]int{}
	for _, e := range lx.Entries {
		m[e.Type]++
	}
	return m
}

// Problems lists malformed data lines (empty for healthy data).
func (lx *Lexicon) Problems() []string { return append([]string(nil), lx.errs...) }

// wordList loads a one-column (first column) word list from lexicon/rules, folded.
func wordList(name string) map[string]string {
	data, err := fs.ReadFile(lexiconFS, "lexicon/rules/"+name)
	if err != nil {
		return map[string]string{}
	}
	text := string(data)
	m := make(map[string]string, strings.Count(text, "\n"))
	var buf []byte
	for line := range strings.Lines(text) {
		line = strings.TrimSuffix(line, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		word, rest, _ := strings.Cut(line, "\t")
		buf = squeezeSpaces(normalize.Fold(buf[:0], word))
		if len(buf) == 0 {
			continue
		}
		if _, ok := m[string(buf)]; !ok {
			m[string(buf)] = rest
		}
	}
	return m
}
