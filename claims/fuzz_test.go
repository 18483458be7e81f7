package claims

import (
	"testing"

	"github.com/kathan-nlp/kathan/entity"
)

// FuzzExtract: no panic on any input, and every span of every claim is a span of the input whose
// text it is; parents point at other claims.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"", "કિર્બીએ કહ્યું કે રશિયા તૈયાર છે.", "“અમે તૈયાર છીએ,” એમ તેમણે ઉમેર્યું.", "પોલીસના જણાવ્યા મુજબ, X એ કહ્યું કે Y.",
		"\"We will win,\" Rohit said.", "“ ” ' ' \" unbalanced “quote", "કહેવાય છે કે \xff કહ્યું કે",
	} {
		f.Add(s)
	}
	r := entity.New()
	f.Fuzz(func(t *testing.T, s string) {
		d, err := r.Analyze(s)
		if err != nil {
			t.Fatal(err)
		}
		cs := Extract(d)
		check := func(sp *Span) {
			if sp == nil || sp.Text == "" && sp.Start == sp.End {
				return
			}
			if sp.Start < 0 || sp.End > len(s) || sp.Start > sp.End || s[sp.Start:sp.End] != sp.Text {
				t.Fatalf("bad span %+v in %q", *sp, s)
			}
		}
		for _, c := range cs {
			check(&c.Cue)
			check(&c.Content)
			check(c.Time)
			check(c.Frequency)
			if c.Source.Start != nil {
				check(&Span{Start: *c.Source.Start, End: *c.Source.End, Text: c.Source.Text})
			}
			if c.Parent != nil && (*c.Parent < 0 || *c.Parent >= len(cs)) {
				t.Fatalf("parent %d of %d claims", *c.Parent, len(cs))
			}
		}
	})
}
