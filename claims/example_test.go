package claims_test

import (
	"fmt"

	"github.com/kathan-nlp/kathan/claims"
	"github.com/kathan-nlp/kathan/entity"
)

func ExampleExtract() {
	text := "અમેરિકી ગુપ્તચર વિભાગના દાવા મુજબ, પુતિને કિમ જોંગ ઉનને પત્ર લખ્યો છે. કિર્બીએ કહ્યું કે રશિયા શસ્ત્રો શોધે છે. " +
		"“અમે તૈયાર છીએ,” એમ તેમણે ઉમેર્યું."
	d, err := entity.New().Analyze(text)
	if err != nil {
		panic(err)
	}
	for _, c := range claims.Extract(d) {
		fmt.Printf("%s (%s) | %s | %s | %s, %s\n", c.Source.Text, c.Source.Kind, c.Cue.Text, c.Content.Text, c.Stance, c.Form)
	}
	// Output:
	// અમેરિકી ગુપ્તચર વિભાગ (named) | દાવા મુજબ | પુતિને કિમ જોંગ ઉનને પત્ર લખ્યો છે | claim, according_to
	// કિર્બી (named) | કહ્યું | રશિયા શસ્ત્રો શોધે છે | said, indirect
	// તેમણે (pronoun) | ઉમેર્યું | અમે તૈયાર છીએ | said, direct
}
