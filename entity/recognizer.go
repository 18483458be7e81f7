package entity

import (
	"errors"
	"fmt"
	"sync"
	"unicode/utf8"

	"github.com/kathan-nlp/kathan/normalize"
)

// MaxInput is the largest input Analyze accepts in one call. Longer texts should be split at
// paragraph boundaries (the CLI streams large files that way).
const MaxInput = 256 << 20

// ErrTooLarge is returned for inputs over MaxInput bytes.
var ErrTooLarge = errors.New("entity: input too large")

// Recognizer finds and links the names of a text. It holds the lexicon and rules, loaded once
// per process; one Recognizer is safe for concurrent use by many goroutines.
type Recognizer struct {
	lex   *Lexicon
	rules *ruleData
	opts  Options
	pool  sync.Pool
}

// Options choose optional stages of recognition. The zero value is the default.
type Options struct {
	// EnglishNER sends English sentences to prose v3's named-entity model as well as to the
	// lexicon and rules. It finds a few more Latin-script names and halves the throughput.
	EnglishNER bool
}

var defaultRecognizer = sync.OnceValue(func() *Recognizer { return NewWithOptions(Options{}) })

// New returns the shared Recognizer with the embedded lexicon and default options. The data is
// loaded on the first call; later calls return the same value.
func New() *Recognizer { return defaultRecognizer() }

// NewWithOptions returns a Recognizer with the given options. The lexicon and rules are shared
// with every other Recognizer and loaded once per process.
func NewWithOptions(o Options) *Recognizer {
	lex, rules := loadData(DefaultLexicon, loadRules)
	return &Recognizer{lex: lex, rules: rules, opts: o}
}

// loadData loads the lexicon and the rule lists at the same time (on the first call; both are
// loaded once per process), since a recognizer needs both.
func loadData(lexicon func() *Lexicon, rules func() *ruleData) (*Lexicon, *ruleData) {
	var rd *ruleData
	done := make(chan struct{})
	go func() {
		rd = rules()
		close(done)
	}()
	lx := lexicon()
	<-done
	return lx, rd
}

// Lexicon returns the recognizer's lexicon.
func (r *Recognizer) Lexicon() *Lexicon { return r.lex }

// Analyze cleans input, splits it into tokens and sentences, finds the mentions of people,
// places and organizations and links them into entities. All offsets in the result are byte
// offsets into input. Invalid UTF-8 is replaced and reported in Document.Warnings; the only
// error is ErrTooLarge.
func (r *Recognizer) Analyze(input string) (*Document, error) {
	if len(input) > MaxInput {
		return nil, fmt.Errorf("%w: %d bytes (limit %d)", ErrTooLarge, len(input), MaxInput)
	}
	d := &Document{Input: input, Clean: normalize.Clean(input)}
	d.Warnings = d.Clean.Warnings()
	text := d.Clean.Text
	d.Tokens = tokenize(text, make([]Token, 0, len(text)/6+1))
	d.Sentences = splitSentences(text, d.Tokens, make([]Sentence, 0, len(d.Tokens)/12+1))

	s, _ := r.pool.Get().(*scratch)
	if s == nil {
		s = &scratch{}
	}
	defer r.pool.Put(s)
	analyzeTokens(d.Tokens, s, r.rules)
	d.folded, d.foldOffs = s.fold.all, append([]int32(nil), s.fold.offs...)
	cands := s.cands[:0]
	for _, sn := range d.Sentences {
		cands = r.recognize(d, s, sn.First, sn.Last, cands)
	}
	cands = r.constituencies(d, s, cands)
	cands = r.acronymPlaces(d, s, cands)
	cands = r.propagate(d, s, cands)
	cands = r.constituencies(d, s, cands) // (again: propagation repeats the house's name)
	cands = r.ellipticCountries(d, s, cands)
	cands = r.placeLists(d, s, cands)
	s.cands = cands
	d.Mentions = r.mentions(d, s, cands)
	d.Entities = r.link(d, s)
	return d, nil
}

// mentions turns candidates into mentions with original offsets.
func (r *Recognizer) mentions(d *Document, s *scratch, cands []candidate) []Mention {
	ms := make([]Mention, 0, len(cands))
	// Rune offsets in one sweep: mentions come in text order and do not overlap.
	pos, runes := 0, 0
	runeAt := func(b int) int {
		if b < pos {
			return d.RuneOffset(b)
		}
		if pos < b {
			runes += utf8.RuneCountInString(d.Input[pos:b]) // (an invalid byte counts as one rune, as decoding does)
			pos = b
		}
		return runes
	}
	for _, c := range cands {
		ft, lt := d.Tokens[c.first], d.Tokens[c.last]
		cs, ce := ft.CStart, lt.CEnd-c.sufLen
		sp := d.Span(cs, ce)
		m := Mention{
			Start: sp.Start, End: sp.End, Text: sp.Text, Type: c.typ, Suffix: c.suffix, Case: c.cas,
			Source: c.source, Rule: c.rule, CStart: cs, CEnd: ce, First: c.first, Last: c.last + 1, entry: c.entry, name: c.name,
		}
		if c.suffixTok {
			m.Last++
		}
		m.RuneStart = runeAt(m.Start)
		m.RuneEnd = runeAt(m.End)
		if c.typ == Person && c.first > 0 {
			if n := r.titleBefore(s, d.Tokens, c.first); n > 0 {
				m.Title = d.TokenSpan(c.first-n, c.first).Text
			}
		}
		ms = append(ms, m)
	}
	return ms
}

// titleBefore returns the number of tokens of a title ending right before token i.
func (r *Recognizer) titleBefore(s *scratch, toks []Token, i int) int {
	for n := min(r.rules.titleWords, i); n >= 1; n-- {
		if r.rules.titleLen(s, toks, i-n) == n {
			return n
		}
	}
	return 0
}
