package entity

import (
	"bytes"
	"fmt"
	"hash/maphash"
	"path"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/kathan-nlp/kathan/normalize"
)

// The lexicon is data: TSV files a Gujarati speaker can review without reading Go. Each file
// names its origin and licence in its header comments; lexicon/README.md lists them all. They
// are embedded in embedded.go.

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
	index     map[string]int32   // folded form -> its first entry + 1 and flags (idxMore, idxPrefix)
	bloom     bloom              // Bloom filter of the index keys (most words name nothing)
	pbloom    bloom              // Bloom filter of the word prefixes of forms that are no keys
	seed      maphash.Seed       // of the Bloom filter's hash
	more      map[string][]int32 // the forms with several entries -> all of them, best first
	self      []int32            // self[i] == i: one-entry results without allocating
	maxWords  int                // the most words in any form
	errs      []string           // malformed lines, reported by tests
	skelBuf   []byte             // scratch for loading
	skel      map[string][]int32 // skeletons of people's multi-word Gujarati names (fuzzy.go)
	skelFirst map[string]bool    // skeletons of their first words
	placeSkel map[string][]int32 // sound skeletons of one-word names of places (fuzzyplace.go)
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
	lx := &Lexicon{}
	// The files are read and folded in parallel, then indexed in order (the first file wins a
	// shared form).
	parsed := make([]parsedFile, len(lexiconFiles)+1)
	var wg sync.WaitGroup
	for i, f := range append(lexiconFiles[:len(lexiconFiles):len(lexiconFiles)], wikidataFile) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if f == wikidataFile {
				parsed[i] = parseWikidata(f)
			} else {
				parsed[i] = parseTSV(f)
			}
		}()
	}
	wg.Wait()
	// Sized from the parsed files so that no map grows (and rehashes) while indexing.
	nForms, nEntries := 0, 0
	for _, p := range parsed {
		nForms += len(p.forms)
		nEntries += len(p.entries)
	}
	lx.seed = maphash.MakeSeed()
	lx.bloom = make(bloom, bloomBits/64)
	lx.pbloom = make(bloom, bloomBits/64)
	lx.Entries = make([]Entry, 0, nEntries)
	lx.self = make([]int32, nEntries)
	for i := range lx.self {
		lx.self[i] = int32(i)
	}
	lx.index = make(map[string]int32, nForms+nForms/8) // forms (and joined two-word forms)
	lx.more = make(map[string][]int32, nForms/32)
	nick := teamNicknames{}
	var places placeIndex
	for pi, p := range parsed {
		wikidata := pi == len(lexiconFiles)
		lx.errs = append(lx.errs, p.errs...)
		for i, e := range p.entries {
			// The Wikidata titles only add what the curated files lack.
			if wikidata && lx.index[p.forms[p.formOff[i]]]&idxEntry > 0 {
				continue
			}
			id := lx.add(e)
			team := e.Type == Organization && (e.Kind == "team" || e.Kind == "club")
			place := e.Type == Location && fuzzyPlaceKinds[e.Kind]
			for j := p.formOff[i]; j < p.formOff[i+1]; j++ {
				lx.insertForm(p.forms[j], p.joined[j], p.skels[j], id)
				if team {
					nick.note(p.forms[j], id)
				}
				if place {
					places.note(p.forms[j], id)
				}
			}
		}
	}
	lx.self = lx.self[:len(lx.Entries)]
	nick.addTo(lx)
	places.build(lx)
	return lx
}

// teamNicknames lets a team go by the English plural that ends its name (વોશિંગ્ટન નેશનલ્સ =
// નેશનલ્સ, as the sports pages write it after the first mention), when no other team ends in the
// same word (રેન્જર્સ, કિંગ્સ and જાયન્ટ્સ are several teams) and no entity has that form. It
// maps the last word to its team, or to -1 when several teams share it.
type teamNicknames map[string]int32

func (t teamNicknames) note(form string, id int32) {
	sp := strings.LastIndexByte(form, ' ')
	if sp < 0 || form[0] < 0x80 || !clusterPlural(form[sp+1:]) {
		return
	}
	w := form[sp+1:]
	if prev, ok := t[w]; ok && prev != id {
		t[w] = -1
	} else {
		t[w] = id
	}
}

func (t teamNicknames) addTo(lx *Lexicon) {
	for w, id := range t {
		if id >= 0 && lx.index[w]&idxEntry == 0 {
			lx.addKey(w, id)
		}
	}
}

// clusterPlural reports a folded word that ended in a consonant + ્સ before folding (નેશનલ્સ,
// રાઇડર્સ): an English plural, which Gujarati text writes only in names (it pluralizes English
// nouns its own way: બિલો, not બિલ્સ). A vowel before સ is an English singular (પેલેસ).
func clusterPlural(w string) bool {
	r, n := utf8.DecodeLastRuneInString(w)
	if r != 'સ' {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(w[:len(w)-n])
	return normalize.KindOf(p) == normalize.Consonant && letters(w) >= 4
}

// DefaultLexicon returns the embedded lexicon, loaded once per process.
func DefaultLexicon() *Lexicon { return loadLexicon() }

// parsedFile is one lexicon file read and folded, not yet indexed.
type parsedFile struct {
	entries []Entry
	forms   []string // folded forms; entry i has forms[formOff[i]:formOff[i+1]]
	skels   []string // the person skeleton of each form (fuzzy.go), "" when it has none
	joined  []string // the two words of a two-word Gujarati form written as one, or ""
	formOff []int
	errs    []string
}

// parseTSV reads a lexicon file: one entity a line, `type, en, gu|gu..., alias|alias..., kind`.
func parseTSV(name string) parsedFile {
	var p parsedFile
	p.formOff = []int{0}
	data, ok := dataFile(name)
	if !ok {
		return p // an optional file that is not there
	}
	file := path.Base(name)
	a := newFormArena(len(data))
	lines := strings.Count(data, "\n")
	p.entries = make([]Entry, 0, lines)
	p.formOff = append(make([]int, 0, lines+1), 0)
	var typ Type
	add := func(form string) { a.add(form, typ) }
	n := 0
	for line := range strings.Lines(data) {
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
			p.errs = append(p.errs, fmt.Sprintf("%s:%d: %d fields", name, n, nf))
			continue
		}
		t := Type(c[0])
		if t != Person && t != Location && t != Organization {
			p.errs = append(p.errs, fmt.Sprintf("%s:%d: type %q", name, n, c[0]))
			continue
		}
		gu, _, _ := strings.Cut(c[2], "|")
		gu = trimField(gu)
		if c[1] == "" || gu == "" {
			p.errs = append(p.errs, fmt.Sprintf("%s:%d: no name", name, n))
			continue
		}
		kind := c[4]
		if kind == "league" || kind == "tournament" {
			continue // competitions are events, which are not annotated
		}
		p.entries = append(p.entries, Entry{Type: t, Name: c[1], Gu: gu, Kind: kind, File: file})
		typ = t
		add(c[1])
		for g := range strings.SplitSeq(c[2], "|") {
			if g = trimField(g); g != "" {
				add(g)
			}
		}
		for a := range strings.SplitSeq(c[3], "|") {
			if a = trimField(a); a == "" || a[0] >= 0x80 && !strings.Contains(a, " ") && letters(a) < 2 {
				continue // a one-letter Gujarati alias (રો for RAW) is an ordinary syllable in text
			}
			add(a)
		}
		p.formOff = append(p.formOff, a.n())
	}
	a.finish(&p)
	return p
}

// formArena collects the folded forms of one file in one buffer, so that loading makes a few
// large allocations instead of one per form (about 150,000).
type formArena struct {
	buf   []byte
	text  []byte
	spans []int32 // start, end of each form in text
	types []Type
}

// newFormArena sizes an arena for a file of size bytes: the folded forms take about as many
// bytes as the file, and a line averages some 80 bytes and four forms.
func newFormArena(size int) *formArena {
	forms := size/20 + 16
	return &formArena{text: make([]byte, 0, size+size/3), spans: make([]int32, 0, 2*forms), types: make([]Type, 0, forms)}
}

func (a *formArena) n() int { return len(a.types) }

// add appends the index key of a form (folded, spaces squeezed, an acronym marked with ^); it
// reports false for a form that folds to nothing.
func (a *formArena) add(form string, t Type) bool {
	a.buf = squeezeSpaces(normalize.Fold(a.buf[:0], form))
	if len(a.buf) == 0 {
		return false
	}
	start := len(a.text)
	if isAcronym(form) {
		a.text = append(a.text, '^')
	}
	a.text = append(a.text, a.buf...)
	a.spans = append(a.spans, int32(start), int32(len(a.text)))
	a.types = append(a.types, t)
	return true
}

// finish turns the arena into p.forms and p.skels, substrings of two strings.
func (a *formArena) finish(p *parsedFile) {
	// Two-word transliterations are also written as one word (ન્યૂ યોર્ક = ન્યૂયોર્ક): the joined
	// keys go into the same text, so that they need no allocation of their own.
	joined := make([]int32, 0, 2*a.n())
	for i := range a.n() {
		f := a.text[a.spans[2*i]:a.spans[2*i+1]]
		sp := bytes.IndexByte(f, ' ')
		start := int32(len(a.text))
		if sp > 0 && f[0] >= 0x80 && bytes.IndexByte(f[sp+1:], ' ') < 0 && lettersOf(f[:sp]) >= 2 && lettersOf(f[sp+1:]) >= 2 {
			a.text = append(a.text, f[:sp]...)
			a.text = append(a.text, f[sp+1:]...)
		}
		joined = append(joined, start, int32(len(a.text)))
	}
	all := string(a.text)
	p.joined = make([]string, a.n())
	for i := range p.joined {
		p.joined[i] = all[joined[2*i]:joined[2*i+1]]
	}
	p.forms = make([]string, a.n())
	var sk []byte
	skSpans := make([]int32, 0, 2*a.n())
	for i := range p.forms {
		p.forms[i] = all[a.spans[2*i]:a.spans[2*i+1]]
		start := len(sk)
		if hasPersonSkeleton(p.forms[i], a.types[i]) {
			sk = personSkeleton(sk, p.forms[i])
		}
		skSpans = append(skSpans, int32(start), int32(len(sk)))
	}
	skels := string(sk)
	p.skels = make([]string, a.n())
	for i := range p.skels {
		p.skels[i] = skels[skSpans[2*i]:skSpans[2*i+1]]
	}
}

// parseWikidata reads the typed Wikidata title pairs: entities only, without the disambiguation
// that titles carry ("(film)", ", Gujarat").
func parseWikidata(name string) parsedFile {
	var p parsedFile
	p.formOff = []int{0}
	data, ok := dataFile(name)
	if !ok {
		return p
	}
	file := path.Base(name)
	a := newFormArena(len(data))
	lines := strings.Count(data, "\n")
	p.entries = make([]Entry, 0, lines)
	p.formOff = append(make([]int, 0, lines+1), 0)
	first := true
	for line := range strings.Lines(data) {
		if first {
			first = false // the header
			continue
		}
		var c [4]string
		rest, nf := strings.TrimSuffix(line, "\n"), 0
		for ; nf < 4 && rest != ""; nf++ {
			c[nf], rest, _ = strings.Cut(rest, "\t")
		}
		if nf < 4 || c[2] == "O" {
			continue
		}
		t := Type(c[2])
		if t != Person && t != Location && t != Organization {
			continue
		}
		gu, en := stripDisambiguation(c[0]), stripDisambiguation(c[1])
		if gu == "" || en == "" || !strings.Contains(gu, " ") && letters(gu) < 4 {
			continue // short one-word titles (પાલી, સીધી) are too often ordinary words
		}
		before := a.n()
		if !a.add(gu, t) || !a.add(en, "") {
			a.truncate(before)
			continue
		}
		p.entries = append(p.entries, Entry{Type: t, Name: en, Gu: gu, Kind: c[3], File: file})
		p.formOff = append(p.formOff, a.n())
	}
	a.finish(&p)
	return p
}

// truncate drops the forms added after the first n.
func (a *formArena) truncate(n int) {
	if n < a.n() {
		a.text = a.text[:a.spans[2*n]]
		a.spans = a.spans[:2*n]
		a.types = a.types[:n]
	}
}

func stripDisambiguation(s string) string {
	if i := strings.Index(s, " ("); i > 0 {
		s = s[:i]
	}
	if i := strings.Index(s, ","); i > 0 {
		s = s[:i]
	}
	return trimField(s)
}

// trimField trims the ASCII spaces around a field of our data files (strings.TrimSpace takes
// the slow Unicode path on every Gujarati field).
func trimField(s string) string { return strings.Trim(s, " \t\r") }

func (lx *Lexicon) add(e Entry) int32 {
	lx.Entries = append(lx.Entries, e)
	return int32(len(lx.Entries) - 1)
}

// lettersOf is letters for bytes.
func lettersOf(b []byte) int {
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if k := normalize.KindOf(r); k == normalize.Consonant || k == normalize.VowelLetter {
			n++
		}
		b = b[size:]
	}
	return n
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

// insertForm indexes a folded form for entry id, and its person skeleton if it has one.
func (lx *Lexicon) insertForm(k, joined, skel string, id int32) {
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
	if skel != "" {
		lx.addPersonSkeleton(k, skel, id)
	}
	if joined != "" {
		lx.addKey(joined, id)
	}
}

// squeezeSpaces trims b and turns runs of spaces into one, in place.
func squeezeSpaces(b []byte) []byte {
	if n := len(b); n == 0 || b[0] != ' ' && b[n-1] != ' ' && !bytes.Contains(b, doubleSpace) && bytes.IndexByte(b, '\t') < 0 {
		return b // the usual case, found with the fast byte searches
	}
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

var doubleSpace = []byte("  ")

// addKey indexes a folded form. The word prefixes of a multi-word form (the first word of કિમ
// જોંગ ઉન, and કિમ જોંગ) are not keys of their own: they set the prefix flag of a key that exists
// and go into the prefix Bloom filter otherwise, which answers "does a longer form start so?" for
// the words that name nothing by themselves (a false yes costs one more lookup, never a wrong match).
func (lx *Lexicon) addKey(k string, id int32) {
	for i := 0; i < len(k); i++ {
		if k[i] == ' ' {
			p := k[:i]
			if v, ok := lx.index[p]; ok {
				lx.index[p] = v | idxPrefix
			} else {
				lx.pbloom.add(maphash.String(lx.seed, p))
			}
		}
	}
	// The key filter also spares the map probe for most new keys: a key it has not seen is new.
	h := maphash.String(lx.seed, k)
	var v int32
	ok := false
	if lx.bloom.has(h) {
		v, ok = lx.index[k]
	}
	if !ok {
		lx.bloom.add(h)
		if lx.pbloom.has(h) {
			v |= idxPrefix // (a prefix of a form indexed before, or a rare false yes)
		}
	}
	first := v&idxEntry - 1
	switch {
	case first < 0:
		lx.index[k] = v | (id + 1)
	case first == id:
	default:
		ids := lx.more[k]
		if ids == nil {
			ids = []int32{first}
		}
		for _, x := range ids {
			if x == id {
				return
			}
		}
		lx.more[k] = append(ids, id)
		lx.index[k] = v | idxMore
	}
}

// bloomBits is the size of the Bloom filter: with some 100,000 keys and two bits a key, about 3%
// of the keys that are not in the index pass it.
const (
	bloomBits = 1 << 20
	bloomMask = bloomBits - 1
)

// The index packs, for each folded key, its first entry + 1 (0 when the key is only the start of
// longer forms) and two flags, so that one map probe answers lookup and prefix questions.
const (
	idxEntry  int32 = 1<<28 - 1
	idxMore   int32 = 1 << 28 // more than one entry: see Lexicon.more
	idxPrefix int32 = 1 << 29 // the first words of some longer form
)

// Lookup returns the entries whose folded form equals the folded form of name, best first.
func (lx *Lexicon) Lookup(name string) []Entry {
	k := string(squeezeSpaces(normalize.Fold(nil, name)))
	if isAcronym(name) {
		k = "^" + k
	}
	var out []Entry
	for _, id := range lx.lookupKey(k) {
		out = append(out, lx.Entries[id])
	}
	return out
}

// lookupFolded returns the entry ids of an already folded key without allocating.
func (lx *Lexicon) lookupFolded(key []byte) []int32 {
	ids, _ := lx.lookupPrefix(key)
	return ids
}

// inside picks among the entries of one form the one a suffix of place calls for: a building
// that is also an institution (White House, Kremlin) is a LOCATION with માં or માંથી, "in" or
// "out of" it, and the institution otherwise (the annotation convention).
func (lx *Lexicon) inside(ids []int32, suffix string) int32 {
	if len(ids) < 2 {
		return ids[0]
	}
	want := Organization
	if suffix == "માં" || suffix == "માંથી" {
		want = Location
	}
	// Only a building (kind landmark) has both readings; a town that shares its name with a
	// club stays what its first entry says. A person is not "in" anywhere: a name shared with
	// a place is the place with માં or માંથી (એડિસનમાં: Edison, New Jersey).
	var org, loc, place int32 = -1, -1, -1
	for _, id := range ids {
		switch e := &lx.Entries[id]; {
		case e.Type == Organization && org < 0:
			org = id
		case e.Type == Location && e.Kind == "landmark" && loc < 0:
			loc = id
		}
		if lx.Entries[id].Type == Location && place < 0 {
			place = id
		}
	}
	if want == Location && lx.Entries[ids[0]].Type == Person && place >= 0 {
		return place
	}
	if org < 0 || loc < 0 {
		return ids[0]
	}
	if want == Location {
		return loc
	}
	return org
}

// lookupPrefix returns the entries of a folded key and whether some longer form starts with it.
func (lx *Lexicon) lookupPrefix(key []byte) ([]int32, bool) {
	h := maphash.Bytes(lx.seed, key)
	if !lx.bloom.has(h) {
		return nil, lx.pbloom.has(h)
	}
	v, ok := lx.index[string(key)]
	if !ok {
		return nil, lx.pbloom.has(h)
	}
	return lx.entriesOf(v, string(key)), v&idxPrefix != 0
}

// bloom is a Bloom filter of bloomBits bits with two probes, taken from the two halves of one
// 64-bit hash.
type bloom []uint64

func (b bloom) add(h uint64) {
	b[h&bloomMask>>6] |= 1 << (h & 63)
	b[h>>32&bloomMask>>6] |= 1 << (h >> 32 & 63)
}

func (b bloom) has(h uint64) bool {
	return b[h&bloomMask>>6]&(1<<(h&63)) != 0 && b[h>>32&bloomMask>>6]&(1<<(h>>32&63)) != 0
}

func (lx *Lexicon) entriesOf(v int32, key string) []int32 {
	id := v & idxEntry
	if id == 0 {
		return nil
	}
	if v&idxMore != 0 {
		return lx.more[key]
	}
	return lx.self[id-1 : id]
}

func (lx *Lexicon) lookupKey(key string) []int32 { return lx.entriesOf(lx.index[key], key) }

// isPrefix reports whether some multi-word form starts with the folded words of key (rarely
// true when none does: see addKey).
func (lx *Lexicon) isPrefix(key []byte) bool {
	_, more := lx.lookupPrefix(key)
	return more
}

// Len returns the number of entries.
func (lx *Lexicon) Len() int { return len(lx.Entries) }

// Forms returns the number of distinct folded forms indexed.
func (lx *Lexicon) Forms() int {
	n := 0
	for _, v := range lx.index {
		if v&idxEntry != 0 {
			n++
		}
	}
	return n
}

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
	text, ok := dataFile("lexicon/rules/" + name)
	if !ok {
		return map[string]string{}
	}
	// The folded words go into one buffer first and become substrings of one string, so that
	// the map keys need no allocation each.
	lines := strings.Count(text, "\n") + 1
	buf := make([]byte, 0, len(text)/2)
	spans := make([]int32, 0, 2*lines)
	rests := make([]string, 0, lines)
	for line := range strings.Lines(text) {
		line = strings.TrimSuffix(line, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		word, rest, _ := strings.Cut(line, "\t")
		start := len(buf)
		buf = normalize.Fold(buf, word)
		buf = append(buf[:start], squeezeSpaces(buf[start:])...)
		if len(buf) == start {
			continue
		}
		spans = append(spans, int32(start), int32(len(buf)))
		rests = append(rests, rest)
	}
	all := string(buf)
	m := make(map[string]string, len(rests))
	for i, rest := range rests {
		k := all[spans[2*i]:spans[2*i+1]]
		if _, ok := m[k]; !ok {
			m[k] = rest
		}
	}
	return m
}
