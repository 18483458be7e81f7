package entity

import (
	"fmt"
	"github.com/kathan-nlp/kathan/internal/eval"
	"testing"
)

func TestFPRules(t *testing.T) {
	docs, _ := eval.LoadDir(fixtureDir)
	for _, gd := range docs {
		d, _ := New().Analyze(gd.Text)
		g := map[string]bool{}
		for _, m := range gd.Mentions {
			g[fmt.Sprint(m.Start, m.End, m.Type)] = true
		}
		for _, m := range d.Mentions {
			if !g[fmt.Sprint(m.Start, m.End, string(m.Type))] {
				fmt.Printf("%s|%s|%s|%s\n", m.Type, m.Rule+"/"+m.Source, m.Text, gd.Name[:12])
			}
		}
	}
}
