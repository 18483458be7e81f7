package entity

import (
	"fmt"
	"os"
	"testing"
)

func TestDbg(t *testing.T) {
	d, _ := New().Analyze(os.Getenv("TXT"))
	for _, m := range d.Mentions {
		fmt.Printf("%q %s %s %q %s\n", m.Text, m.Type, m.Rule, m.Suffix, m.Source)
	}
	for _, tk := range d.Tokens {
		fmt.Printf("[%s]", tk.Text)
	}
	fmt.Println()
}
