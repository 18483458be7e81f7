package entity

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDbg(t *testing.T) {
	for _, txt := range strings.Split(os.Getenv("TXT"), "|") {
		d, _ := New().Analyze(txt)
		fmt.Print(txt, " => ")
		for _, m := range d.Mentions {
			fmt.Printf("[%s %s %s %q] ", m.Text, m.Type, m.Rule, m.Suffix)
		}
		fmt.Println()
	}
}
