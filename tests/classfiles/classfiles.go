// Package classfiles makes a class's result files for the class page's
// journey and benchmark: each student takes the whole quiz through the
// engine with answers of their own, and the file is written by the same
// code as the results page's download (report.NewFile).
package classfiles

import (
	"fmt"
	"math/rand/v2"
	"time"

	"beyondbudapest/app/quiz"
	"beyondbudapest/app/report"
)

// File is one result file as a student would hand it in.
type File struct {
	Name string
	Data []byte
}

// Generate makes n result files for lesson l, alternating JSON and CSV.
// Student i answers each question right with a probability that grows
// with i, so the class has a spread of scores; the same seed gives the
// same files.
func Generate(l *quiz.Lesson, n int, seed uint64) ([]File, error) {
	r := rand.New(rand.NewPCG(seed, 7))
	start := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	var out []File
	for i := 0; i < n; i++ {
		s, err := quiz.New(l, quiz.Options{Seed: 1, Questions: l.InSectionOrder()})
		if err != nil {
			return nil, err
		}
		ability := 0.15 + 0.8*float64(i)/float64(max(n-1, 1))
		for q := s.Current(); q != nil; q = s.Current() {
			if r.Float64() < 0.04 { // skipped
				s.Next()
				continue
			}
			resp := Wrong(q, r.IntN(8))
			if r.Float64() < ability {
				resp = Right(q)
			}
			if _, err := s.Check(resp); err != nil {
				return nil, fmt.Errorf("student %d, %s: %w", i+1, q.ID, err)
			}
			s.Next()
		}
		f := report.NewFile(l, "", s.Results(), func(*quiz.Question, quiz.Response) string { return "" }, start.Add(time.Duration(i)*time.Minute))
		f.Student = fmt.Sprintf("00000000-0000-4000-8000-%012d", i+1)
		f.Seconds = 300 + r.IntN(600)
		if i%3 == 0 {
			f.Name = fmt.Sprintf("Student %d", i+1)
		}
		if i%2 == 0 {
			out = append(out, File{fmt.Sprintf("student-%03d.json", i+1), f.JSON()})
		} else {
			out = append(out, File{fmt.Sprintf("student-%03d.csv", i+1), f.CSV()})
		}
	}
	return out, nil
}

// Right is the answer key of q as a response.
func Right(q *quiz.Question) quiz.Response {
	switch q.Kind {
	case quiz.Order:
		o := make([]int, len(q.Items))
		for i := range o {
			o[i] = i
		}
		return quiz.Response{Order: o}
	case quiz.Match:
		m := make([]int, len(q.Pairs))
		for i := range m {
			m[i] = i
		}
		return quiz.Response{Matches: m}
	case quiz.Text:
		return quiz.Response{Text: q.Answers[0]}
	}
	var picks []int
	for i, c := range q.Choices {
		if c.Correct {
			picks = append(picks, i)
		}
	}
	return quiz.Response{Choices: picks}
}

// Wrong is a wrong answer to q; k chooses among the wrong choices, so
// students make different mistakes.
func Wrong(q *quiz.Question, k int) quiz.Response {
	switch q.Kind {
	case quiz.Order:
		o := make([]int, len(q.Items))
		for i := range o {
			o[i] = len(o) - 1 - i
		}
		return quiz.Response{Order: o}
	case quiz.Match:
		m := make([]int, len(q.Pairs))
		for i := range m {
			m[i] = (i + 1) % len(m)
		}
		return quiz.Response{Matches: m}
	case quiz.Text:
		return quiz.Response{Text: []string{"Minsk", "no idea", "Kyiv"}[k%3]}
	}
	var wrong []int
	for i, c := range q.Choices {
		if !c.Correct {
			wrong = append(wrong, i)
		}
	}
	if len(wrong) == 0 {
		return Right(q)
	}
	return quiz.Response{Choices: []int{wrong[k%len(wrong)]}}
}
