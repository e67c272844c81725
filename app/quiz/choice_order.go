package quiz

import "hash/fnv"

// ChoiceOrder returns the order in which q's choices are shown when a
// teacher has not asked for per-student shuffling: a permutation of choice
// indices (display position → index into q.Choices) derived from the
// question's id alone. Written in the file order, the right answer was
// usually first; this order gives no such cue, yet it is the same on the
// server's prerendered page, in the app, on the worksheet and in the
// answer key, and it does not move when a choice is reworded (only when
// choices are added, removed or reordered in the file, which is how an
// author moves a key that lands in a crowded position: `make
// content-report` shows the positions).
//
// True/false questions keep True then False, and order and match questions
// are shuffled per session (see layout); for them ChoiceOrder is the
// identity.
func ChoiceOrder(q *Question) []int {
	n := len(q.Choices)
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	if q.Kind != Single && q.Kind != Multiple {
		return order
	}
	h := fnv.New64a()
	h.Write([]byte("choice-order:" + q.ID))
	r := splitMix{state: h.Sum64()}
	// Fisher–Yates, written out rather than taken from math/rand so that
	// the order can never change with a Go release: saved progress (SCORM
	// suspend data) recomputes layouts rather than storing them.
	for i := n - 1; i > 0; i-- {
		j := int(r.next() % uint64(i+1))
		order[i], order[j] = order[j], order[i]
	}
	return order
}

// splitMix is the SplitMix64 generator (Steele, Lea and Flood, 2014): a few
// lines, well mixed even from similar seeds such as ids that differ by one
// letter.
type splitMix struct{ state uint64 }

func (s *splitMix) next() uint64 {
	s.state += 0x9e3779b97f4a7c15
	z := s.state
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}
