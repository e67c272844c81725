package quiz

import (
	"sort"
	"time"
)

// Review intervals by box: a question answered wrongly goes to box 0 and
// is due again at the next visit; each right answer in review moves it up
// a box and further out. So a missed question returns sooner than one
// that was answered right after a retry.
var reviewIntervals = []time.Duration{0, 24 * time.Hour, 3 * 24 * time.Hour, 7 * 24 * time.Hour, 21 * 24 * time.Hour}

// ReviewItem is one question in the review queue.
type ReviewItem struct {
	Hash string    `json:"hash"` // Question.Hash when last answered
	Box  int       `json:"box"`
	Due  time.Time `json:"due"`
}

// ReviewQueue is the on-device spaced review of missed questions, as plain
// data the UI saves. Only questions that were once missed enter it.
type ReviewQueue struct {
	Items map[string]ReviewItem `json:"items"`
}

// Record notes an answer to question q at time now. A wrong (or partly
// right) answer puts the question in box 0, due at once; a right answer to
// a question already in the queue moves it up a box, and out of the queue
// once past the last box. Right answers to questions never missed are not
// tracked.
func (rq *ReviewQueue) Record(q *Question, correct bool, now time.Time) {
	if rq.Items == nil {
		rq.Items = map[string]ReviewItem{}
	}
	it, inQueue := rq.Items[q.ID]
	switch {
	case !correct:
		rq.Items[q.ID] = ReviewItem{Hash: q.Hash, Box: 0, Due: now}
	case inQueue:
		it.Box++
		if it.Box >= len(reviewIntervals) {
			delete(rq.Items, q.ID)
			return
		}
		it.Hash = q.Hash
		it.Due = now.Add(reviewIntervals[it.Box])
		rq.Items[q.ID] = it
	}
}

// Due returns the ids of questions due at time now that still exist
// unchanged in lesson l, most overdue first.
func (rq *ReviewQueue) Due(l *Lesson, now time.Time) []string {
	var ids []string
	for id, it := range rq.Items {
		q, ok := l.Question(id)
		if ok && q.Hash == it.Hash && !it.Due.After(now) {
			ids = append(ids, id)
		}
	}
	sort.Slice(ids, func(i, j int) bool {
		a, b := rq.Items[ids[i]], rq.Items[ids[j]]
		if !a.Due.Equal(b.Due) {
			return a.Due.Before(b.Due)
		}
		return ids[i] < ids[j]
	})
	return ids
}

// Prune drops questions that were removed from the lesson or changed
// since they were queued, and entries with impossible boxes.
func (rq *ReviewQueue) Prune(l *Lesson) (dropped int) {
	for id, it := range rq.Items {
		q, ok := l.Question(id)
		if !ok || q.Hash != it.Hash || it.Box < 0 || it.Box >= len(reviewIntervals) {
			delete(rq.Items, id)
			dropped++
		}
	}
	return dropped
}
