package eval

import (
	"fmt"
	"sort"
	"strings"
)

// PRF counts true positives, false positives and false negatives.
type PRF struct{ TP, FP, FN int }

// Add accumulates o into p.
func (p *PRF) Add(o PRF) { p.TP += o.TP; p.FP += o.FP; p.FN += o.FN }

// Precision is TP / (TP + FP), 0 when nothing was predicted.
func (p PRF) Precision() float64 { return ratio(p.TP, p.TP+p.FP) }

// Recall is TP / (TP + FN), 0 when there was nothing to find.
func (p PRF) Recall() float64 { return ratio(p.TP, p.TP+p.FN) }

// F1 is the harmonic mean of precision and recall.
func (p PRF) F1() float64 {
	pr, rc := p.Precision(), p.Recall()
	if pr+rc == 0 {
		return 0
	}
	return 2 * pr * rc / (pr + rc)
}

// String formats the counts and the three measures on one line.
func (p PRF) String() string {
	return fmt.Sprintf("P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", p.Precision(), p.Recall(), p.F1(), p.TP, p.FP, p.FN)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Scores holds mention scores per type and for "ALL".
type Scores map[string]*PRF

func newScores() Scores {
	s := Scores{"ALL": {}}
	for _, t := range Types {
		s[t] = &PRF{}
	}
	return s
}

// Add accumulates o into s.
func (s Scores) Add(o Scores) {
	for k, v := range o {
		if s[k] == nil {
			s[k] = &PRF{}
		}
		s[k].Add(*v)
	}
}

// Report formats the scores one type a line.
func (s Scores) Report() string {
	var b strings.Builder
	keys := append([]string{}, Types...)
	keys = append(keys, "ALL")
	for _, k := range keys {
		fmt.Fprintf(&b, "  %-12s %s\n", k, s[k])
	}
	return b.String()
}

// ScoreMentions compares predicted with gold mentions of one document. Strict: same span and
// type. Overlap: same type and overlapping spans, each gold and predicted mention used once.
func ScoreMentions(gold, pred []Mention) (strict, overlap Scores) {
	strict, overlap = newScores(), newScores()
	type key struct {
		s, e int
		t    string
	}
	gs := map[key]bool{}
	for _, g := range gold {
		gs[key{g.Start, g.End, g.Type}] = true
	}
	ps := map[key]bool{}
	for _, p := range pred {
		ps[key{p.Start, p.End, p.Type}] = true
	}
	for k := range ps {
		if gs[k] {
			strict[k.t].TP++
		} else {
			strict[k.t].FP++
		}
	}
	for k := range gs {
		if !ps[k] {
			strict[k.t].FN++
		}
	}
	// Overlap: greedy one-to-one matching in text order.
	g2 := append([]Mention(nil), gold...)
	p2 := append([]Mention(nil), pred...)
	sort.Slice(g2, func(i, j int) bool { return g2[i].Start < g2[j].Start })
	sort.Slice(p2, func(i, j int) bool { return p2[i].Start < p2[j].Start })
	used := make([]bool, len(g2))
	for _, p := range p2 {
		hit := false
		for i, g := range g2 {
			if !used[i] && g.Type == p.Type && g.Start < p.End && p.Start < g.End {
				used[i], hit = true, true
				break
			}
		}
		if hit {
			overlap[p.Type].TP++
		} else {
			overlap[p.Type].FP++
		}
	}
	for i, g := range g2 {
		if !used[i] {
			overlap[g.Type].FN++
		}
	}
	for _, s := range []Scores{strict, overlap} {
		all := s["ALL"]
		for _, t := range Types {
			all.Add(*s[t])
		}
	}
	return strict, overlap
}
