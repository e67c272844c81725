package quiz_test

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"beyondbudapest/app/quiz"
)

func TestReviewQueueSpacesMissedQuestions(t *testing.T) {
	l := mustLoad(t, goodQuiz)
	one, _ := l.Question("one")
	tf, _ := l.Question("tf")
	typed, _ := l.Question("typed")
	day := 24 * time.Hour
	t0 := time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)
	var rq quiz.ReviewQueue

	rq.Record(one, true, t0) // never missed: not queued
	rq.Record(tf, false, t0)
	rq.Record(typed, false, t0)
	if got := rq.Due(l, t0); !reflect.DeepEqual(got, []string{"tf", "typed"}) {
		t.Fatalf("due after two misses = %v", got)
	}
	// tf is answered right in a retry: it moves out a day; typed stays due.
	rq.Record(tf, true, t0.Add(time.Minute))
	if got := rq.Due(l, t0.Add(time.Hour)); !reflect.DeepEqual(got, []string{"typed"}) {
		t.Errorf("an hour later due = %v, want only the still-missed question", got)
	}
	if got := rq.Due(l, t0.Add(day+time.Hour)); !reflect.DeepEqual(got, []string{"typed", "tf"}) {
		t.Errorf("a day later due = %v, want typed (overdue longest) then tf", got)
	}
	// Right answers move tf through the boxes and out of the queue.
	now := t0
	for i := 0; i < 10 && len(rq.Items) > 1; i++ {
		now = now.Add(30 * day)
		rq.Record(tf, true, now)
	}
	if _, still := rq.Items["tf"]; still {
		t.Error("a question answered right in every box never leaves the queue")
	}
	// A miss sends it straight back to box 0.
	rq.Record(typed, true, now)
	rq.Record(typed, false, now)
	if rq.Items["typed"].Box != 0 || !rq.Items["typed"].Due.Equal(now) {
		t.Errorf("a miss did not reset the box: %+v", rq.Items["typed"])
	}
}

func TestReviewQueueSurvivesJSONAndPrunesChangedQuestions(t *testing.T) {
	l := mustLoad(t, goodQuiz)
	tf, _ := l.Question("tf")
	one, _ := l.Question("one")
	now := time.Now()
	var rq quiz.ReviewQueue
	rq.Record(tf, false, now)
	rq.Record(one, false, now)
	b, _ := json.Marshal(rq)
	var back quiz.ReviewQueue
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	it := back.Items["one"]
	it.Hash = "older"
	back.Items["one"] = it
	back.Items["removed"] = quiz.ReviewItem{Hash: "x"}
	back.Items["tf"] = quiz.ReviewItem{Hash: tf.Hash, Box: 99}
	if n := back.Prune(l); n != 3 {
		t.Errorf("pruned %d, want 3 (changed, removed, impossible box)", n)
	}
	if len(back.Items) != 0 {
		t.Errorf("left %v", back.Items)
	}
}
