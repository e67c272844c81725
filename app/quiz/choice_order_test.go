package quiz_test

import (
	"fmt"
	"reflect"
	"slices"
	"testing"

	"beyondbudapest/app/quiz"
)

// choiceQuestion builds a question of kind k with n choices, the first
// one right (as authors tend to write them).
func choiceQuestion(id string, k quiz.Kind, n int) *quiz.Question {
	q := &quiz.Question{ID: id, Kind: k}
	for i := range n {
		q.Choices = append(q.Choices, quiz.Choice{Text: fmt.Sprintf("option %d of %s", i, id), Correct: i == 0})
	}
	return q
}

// TestChoiceOrderIsFixedByTheID: the order depends on the id and the
// number of choices only, so the prerendered page, the app, the worksheet
// and the answer key agree, and rewording a choice does not move it.
func TestChoiceOrderIsFixedByTheID(t *testing.T) {
	tests := []struct {
		name string
		q    *quiz.Question
	}{
		{"single of four", choiceQuestion("memorandum-signatories", quiz.Single, 4)},
		{"single of three", choiceQuestion("article-5", quiz.Single, 3)},
		{"multiple of five", choiceQuestion("proposal-parts", quiz.Multiple, 5)},
		{"single of two", choiceQuestion("two", quiz.Single, 2)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := quiz.ChoiceOrder(tt.q)
			sorted := slices.Sorted(slices.Values(got))
			for i, x := range sorted {
				if i != x {
					t.Fatalf("ChoiceOrder = %v, not a permutation of %d choices", got, len(tt.q.Choices))
				}
			}
			reworded := *tt.q
			reworded.Choices = slices.Clone(tt.q.Choices)
			reworded.Choices[0].Text = "a completely different wording"
			reworded.Prompt = "A new prompt?"
			if again := quiz.ChoiceOrder(&reworded); !reflect.DeepEqual(again, got) {
				t.Errorf("rewording moved the choices: %v, then %v", got, again)
			}
		})
	}
	tf := &quiz.Question{ID: "tf", Kind: quiz.TrueFalse, Choices: []quiz.Choice{{Text: "True"}, {Text: "False", Correct: true}}}
	if got := quiz.ChoiceOrder(tf); !reflect.DeepEqual(got, []int{0, 1}) {
		t.Errorf("true/false shown as %v, want True then False", got)
	}
}

// TestChoiceOrderSpreadsTheKey: over many ids, a key written first lands
// in every display position about equally often, and rarely stays first.
func TestChoiceOrderSpreadsTheKey(t *testing.T) {
	for _, n := range []int{2, 3, 4, 5} {
		const ids = 2000
		at := make([]int, n)
		for i := range ids {
			q := choiceQuestion(fmt.Sprintf("question-%d", i), quiz.Single, n)
			at[slices.Index(quiz.ChoiceOrder(q), 0)]++
		}
		for pos, c := range at {
			share := float64(c) / ids
			if share < 0.8/float64(n) || share > 1.2/float64(n) {
				t.Errorf("%d choices: the key is at position %d in %.0f %% of questions, want about %.0f %% (all: %v)",
					n, pos+1, share*100, 100/float64(n), at)
			}
		}
	}
}

// TestSessionsShowTheFixedOrderUnlessShuffled: without shuffle-choices
// every session, whatever its seed, shows ChoiceOrder; with it the order
// varies from student to student.
func TestSessionsShowTheFixedOrderUnlessShuffled(t *testing.T) {
	l := mustLoad(t, goodQuiz)
	many, _ := l.Question("many")
	varied := false
	for seed := range uint64(30) {
		fixed, _ := quiz.New(l, quiz.Options{Seed: seed})
		if got := fixed.Layout("many"); !reflect.DeepEqual(got, quiz.ChoiceOrder(many)) {
			t.Fatalf("seed %d: layout %v, want the fixed order %v", seed, got, quiz.ChoiceOrder(many))
		}
		shuffled, _ := quiz.New(l, quiz.Options{Seed: seed, ShuffleChoices: true})
		varied = varied || !reflect.DeepEqual(shuffled.Layout("many"), quiz.ChoiceOrder(many))
	}
	if !varied {
		t.Error("shuffle-choices never changed the order")
	}
}

// TestSavedAnswersKeepTheirChoiceWhateverTheOrder: progress stores choice
// indices into the question as written, not display positions, so an
// answer saved while the choices were shown in file order (before fixed
// orders existed) still means the same choice and earns the same score,
// and the resumed session shows the fixed order, as the worksheet does.
func TestSavedAnswersKeepTheirChoiceWhateverTheOrder(t *testing.T) {
	l := mustLoad(t, goodQuiz)
	s, _ := quiz.New(l, quiz.Options{Seed: 1})
	one, _ := l.Question("one")
	p := s.Progress()
	p.Layouts["one"] = []int{0, 1} // the old file-order layout
	p.Answers["one"] = quiz.Answer{Hash: one.Hash, Response: quiz.Response{Choices: []int{0}}, Checked: true, Score: 1, Tries: 1}
	r, info, err := quiz.Resume(l, p)
	if err != nil || info.Dropped != 0 {
		t.Fatalf("resume: %v, dropped %d", err, info.Dropped)
	}
	if got := r.Layout("one"); !reflect.DeepEqual(got, quiz.ChoiceOrder(one)) {
		t.Errorf("resumed with the choices in %v, want the fixed order %v", got, quiz.ChoiceOrder(one))
	}
	a, _ := r.Answer("one")
	if got := one.Choices[a.Response.Choices[0]].Text; got != "Right" || a.Score != 1 {
		t.Errorf("the saved answer now means %q with score %v, want %q with 1", got, a.Score, "Right")
	}
	fresh, _ := quiz.New(l, quiz.Options{Seed: 1})
	fresh.Check(quiz.Response{Choices: []int{0}})
	if g := fresh.Results().Items[0].Grade; !g.Correct {
		t.Errorf("choice 0, shown at position %d, graded %v", slices.Index(fresh.Layout("one"), 0)+1, g.Score)
	}
}
