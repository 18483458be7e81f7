package entity

import (
	"fmt"
	"github.com/kathan-nlp/kathan/internal/eval"
	"sort"
	"strings"
	"testing"
)

func TestWritten(t *testing.T) {
	docs, _ := eval.LoadDir(fixtureDir)
	g := map[string]eval.Scores{}
	var errs []string
	for _, gd := range docs {
		d, _ := New().Analyze(gd.Text)
		s, _ := eval.ScoreMentions(gd.Mentions, predicted(d))
		k := strings.SplitN(gd.Name, "-", 2)[0]
		if g[k] == nil {
			g[k] = eval.Scores{}
		}
		g[k].Add(s)
		if k == "written" {
			errs = append(errs, diffMentions(gd.Name, gd.Mentions, predicted(d))...)
		}
	}
	for k, v := range g {
		fmt.Println(k)
		fmt.Print(v.Report())
	}
	sort.Strings(errs)
	fmt.Println(strings.Join(errs, "\n"))
}
