package quiz

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
)

// WriteCueReport prints the answer-cue table of lesson l for `make
// content-report`: where single-choice keys are shown, how often the key is
// the longest option, key length over wrong-option length, multiple-select
// questions whose right options are all the longer ones, the true/false
// balance, each against its limit, then one line per choice question.
func WriteCueReport(w io.Writer, l *Lesson) error {
	c := AnswerCues(l.Questions)
	verdict := func(ok bool) string {
		if ok {
			return "ok"
		}
		return "OVER THE LIMIT"
	}
	fmt.Fprintln(w, "ANSWER CUES, with the options in the order students see them (no shuffle-choices)")
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "MEASURE\tVALUE\tLIMIT\t")
	var at []string
	worst := 0
	for pos, ids := range c.Positions {
		at = append(at, fmt.Sprintf("%d: %d", pos+1, len(ids)))
		worst = max(worst, len(ids))
	}
	fmt.Fprintf(tw, "single-choice keys by position (%d questions)\t%s (most: %.0f %%)\tat most %.0f %% at one position\t%s\n",
		c.Single, strings.Join(at, ", "), percent(worst, c.Single), MaxKeyPositionShare*100,
		verdict(float64(worst) <= MaxKeyPositionShare*float64(c.Single)))
	fmt.Fprintf(tw, "key strictly the longest option\t%d of %d choice questions (%.0f %%)\tat most a third\t%s\n",
		len(c.Longest), c.Choice, percent(len(c.Longest), c.Choice),
		verdict(float64(len(c.Longest)) <= MaxKeyLongestShare*float64(c.Choice)))
	fmt.Fprintf(tw, "mean key length / mean wrong-option length\t%.2f\tat most %.2f\t%s\n",
		c.MeanRatio(), MaxKeyLengthRatio, verdict(c.MeanRatio() <= MaxKeyLengthRatio))
	multiple := c.Choice - c.Single
	fmt.Fprintf(tw, "multiple select, every right option longer than every wrong one\t%d of %d\t(reported)\t%s\n",
		len(c.RightLonger), multiple, strings.Join(c.RightLonger, ", "))
	fmt.Fprintf(tw, "true/false answers\t%d true, %d false\t(reported)\t\n", c.True, c.False)
	if err := tw.Flush(); err != nil {
		return err
	}

	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "QUESTION\tKIND\tKEY AT\tKEY/WRONG LENGTH\tKEY LONGEST\t")
	ratio := map[string]float64{}
	for _, r := range c.Ratios {
		ratio[r.ID] = r.Ratio
	}
	for i := range l.Questions {
		q := &l.Questions[i]
		if q.Kind != Single && q.Kind != Multiple {
			continue
		}
		var keyAt []string
		for pos, idx := range ChoiceOrder(q) {
			if q.Choices[idx].Correct {
				keyAt = append(keyAt, fmt.Sprint(pos+1))
			}
		}
		longest := ""
		if slices.Contains(c.Longest, q.ID) {
			longest = "yes"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s of %d\t%.2f\t%s\t\n", q.ID, q.Kind, strings.Join(keyAt, ","), len(q.Choices), ratio[q.ID], longest)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if ps := c.Problems(); len(ps) > 0 {
		fmt.Fprintf(w, "\n`app check` fails:\n  %s\n", strings.Join(ps, "\n  "))
	}
	return nil
}
