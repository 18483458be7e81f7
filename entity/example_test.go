package entity_test

import (
	"fmt"

	"github.com/kathan-nlp/kathan/entity"
)

func ExampleRecognizer_Analyze() {
	text := "રશિયાના રાષ્ટ્રપતિ પુતિને Kirbyની વાત નકારી. વ્હાઇટ હાઉસે અને વ્હાઈટ હાઉસના પ્રવક્તા જ્હોન કિર્બીએ કહ્યું."
	d, err := entity.New().Analyze(text)
	if err != nil {
		panic(err)
	}
	for _, m := range d.Mentions {
		fmt.Printf("%s %q [%d,%d) suffix %q %s -> %s\n", m.Type, m.Text, m.Start, m.End, m.Suffix, m.Case, m.Entity)
	}
	for _, e := range d.Entities {
		fmt.Println(e.ID, e.Name, e.Mentions)
	}
	// Output:
	// LOCATION "રશિયા" [0,15) suffix "ના" genitive -> e1
	// PERSON "પુતિન" [53,68) suffix "ે" ergative -> e2
	// PERSON "Kirby" [72,77) suffix "ની" genitive -> e3
	// ORGANIZATION "વ્હાઇટ હાઉસ" [111,142) suffix "ે" ergative -> e4
	// ORGANIZATION "વ્હાઈટ હાઉસ" [156,187) suffix "ના" genitive -> e4
	// PERSON "જ્હોન કિર્બી" [219,253) suffix "એ" ergative -> e3
	// e1 Russia [0]
	// e2 Vladimir Putin [1]
	// e3 John Kirby [2 5]
	// e4 White House [3 4]
}

func ExampleSplitSuffix() {
	for _, w := range []string{"પુતિને", "કિર્બીએ", "અધિકારીઓના", "યુક્રેનમાં"} {
		fmt.Println(w, entity.SplitSuffix(w)[0])
	}
	// Output:
	// પુતિને {પુતિ ને dative}
	// કિર્બીએ {કિર્બી એ ergative}
	// અધિકારીઓના {અધિકારી ઓના genitive}
	// યુક્રેનમાં {યુક્રેન માં locative}
}
