package entity

import (
	"sort"
	"sync"
	"unicode/utf8"

	"github.com/kathan-nlp/kathan/normalize"
)

// Type is an entity type.
type Type string

// The entity types kathan recognizes.
const (
	Person       Type = "PERSON"
	Location     Type = "LOCATION"
	Organization Type = "ORGANIZATION"
)

// Span is a piece of the caller's original input: Input[Start:End] == Text.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Document is one analyzed input: the original text, its cleaned analysis form with the offset
// map, tokens, sentences, mentions and linked entities. It is built by Recognizer.Analyze and
// not changed afterwards, so it may be read from many goroutines.
type Document struct {
	Input     string          // the caller's input, untouched
	Clean     *normalize.Text // analysis text and the map back to Input
	Tokens    []Token         // in text order
	Sentences []Sentence      // in text order; each holds a range of Tokens
	Mentions  []Mention       // sorted by Start
	Entities  []Entity        // sorted by first mention
	Warnings  []string        // repairs made to the input (invalid UTF-8)
	runeMarks []runeMark      // rune counts at stride points, for RuneOffset, built on first use
	runeOnce  sync.Once
	folded    string  // the folded forms of all tokens (normalize.Fold), concatenated
	foldOffs  []int32 // token i is folded[foldOffs[i]:foldOffs[i+1]]
}

// Folded returns the spelling-folded form of token i (normalize.Fold): the form lexicons and cue
// lists are matched in.
func (d *Document) Folded(i int) string { return d.folded[d.foldOffs[i]:d.foldOffs[i+1]] }

// Text returns the analysis text.
func (d *Document) Text() string { return d.Clean.Text }

// Span returns the original-input span of the analysis-text range [cs, ce).
func (d *Document) Span(cs, ce int) Span {
	s, e := d.Clean.Span(cs, ce)
	return Span{Start: s, End: e, Text: d.Input[s:e]}
}

// TokenSpan returns the original-input span covering tokens [i, j).
func (d *Document) TokenSpan(i, j int) Span {
	if i >= j {
		return Span{}
	}
	return d.Span(d.Tokens[i].CStart, d.Tokens[j-1].CEnd)
}

const runeStride = 1024

// runeMark is the first rune boundary at or after a stride point, and the runes before it.
type runeMark struct{ pos, runes int }

// RuneOffset converts a byte offset of Input to a count of runes (code points) before it.
// Invalid bytes count as one rune each, as they do when decoding.
func (d *Document) RuneOffset(b int) int {
	d.runeOnce.Do(d.buildRuneMarks)
	b = max(0, min(b, len(d.Input)))
	k := b / runeStride
	if k >= len(d.runeMarks) {
		k = len(d.runeMarks) - 1
	}
	for k > 0 && d.runeMarks[k].pos > b {
		k--
	}
	m := d.runeMarks[k]
	return m.runes + utf8.RuneCountInString(d.Input[m.pos:b])
}

// buildRuneMarks is called once, on the first RuneOffset (under runeOnce: the Document may be
// shared by goroutines).
func (d *Document) buildRuneMarks() {
	marks := make([]runeMark, len(d.Input)/runeStride+1)
	n, k := 0, 1
	for i := 0; i < len(d.Input); {
		for k < len(marks) && k*runeStride <= i {
			marks[k] = runeMark{i, n}
			k++
		}
		_, w := utf8.DecodeRuneInString(d.Input[i:])
		i += w
		n++
	}
	for ; k < len(marks); k++ {
		marks[k] = runeMark{len(d.Input), n}
	}
	d.runeMarks = marks
}

// MentionAt returns the index of the mention that covers original byte offset b, or -1.
func (d *Document) MentionAt(b int) int {
	i := sort.Search(len(d.Mentions), func(i int) bool { return d.Mentions[i].End > b })
	if i < len(d.Mentions) && d.Mentions[i].Start <= b {
		return i
	}
	return -1
}
