package ui

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"beyondbudapest/app/quiz"
)

// A progress link carries the student's main quiz to another device or
// browser: /settings#progress=DATA, where DATA is the compact progress that
// SCORM suspend data uses (quiz.EncodeCompact) in unpadded base64url. It
// travels in the fragment, which browsers never send to a server. A
// progress file holds the same compact progress in progressFile.

// progressFragment starts the fragment of a progress link.
const progressFragment = "progress="

// progressFile is the saved-progress file's JSON: the app's name and a
// version, so another file is refused with a clear message.
type progressFile struct {
	App      string `json:"app"`      // Always progressFileApp.
	Version  int    `json:"version"`  // progressFileVersion.
	Progress string `json:"progress"` // quiz.EncodeCompact's output.
}

const (
	progressFileApp     = "beyond-budapest/progress"
	progressFileVersion = 1
	progressFileName    = "beyond-budapest-progress.json"
)

// encodeProgress writes p as the DATA of a progress link.
func encodeProgress(p quiz.Progress) (string, error) {
	c, err := quiz.EncodeCompact(p)
	if err != nil {
		return "", fmt.Errorf("ui: encoding progress for a link: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString([]byte(c)), nil
}

// progressFileJSON is p as the content of a progress file.
func progressFileJSON(p quiz.Progress) (string, error) {
	c, err := quiz.EncodeCompact(p)
	if err != nil {
		return "", fmt.Errorf("ui: encoding progress for a file: %w", err)
	}
	b, err := json.MarshalIndent(progressFile{App: progressFileApp, Version: progressFileVersion, Progress: c}, "", "  ")
	return string(b), err
}

// errProgressLink is what a student is told about a link or file that
// cannot be restored; its text is shown as it is.
type errProgressLink struct{ msg string }

func (e errProgressLink) Error() string { return e.msg }

// restoreFromLink validates the DATA of a progress link as any saved
// progress is validated (quiz.DecodeCompact, then quiz.Resume, which drops
// answers to questions changed since) and returns the resumed main quiz.
func restoreFromLink(l *quiz.Lesson, data string) (*quiz.Session, quiz.Resumed, error) {
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(strings.TrimSpace(data), "="))
	if err != nil || len(raw) == 0 {
		return nil, quiz.Resumed{}, errProgressLink{L("This progress link is damaged (it was probably cut short or changed when it was copied), so nothing was restored. Copy the whole link again from the other device.")}
	}
	return restoreCompact(l, string(raw), false)
}

// restoreFromFile is restoreFromLink for the content of a progress file.
func restoreFromFile(l *quiz.Lesson, content []byte) (*quiz.Session, quiz.Resumed, error) {
	var f progressFile
	if err := json.Unmarshal(content, &f); err != nil || f.App != progressFileApp {
		return nil, quiz.Resumed{}, errProgressLink{Lf("This file is not a Beyond Budapest progress file, so nothing was restored. Choose the file saved from the Settings page (%s).", progressFileName)}
	}
	if f.Version != progressFileVersion {
		return nil, quiz.Resumed{}, errProgressLink{L("This progress file was made by another version of the app, so nothing was restored.")}
	}
	return restoreCompact(l, f.Progress, true)
}

// restoreCompact restores compact progress from a link, or from a file
// when fromFile; its messages name which, in whole sentences, since the
// words around "link" and "file" change with them in Ukrainian.
func restoreCompact(l *quiz.Lesson, compact string, fromFile bool) (*quiz.Session, quiz.Resumed, error) {
	p, err := quiz.DecodeCompact(l, compact, defaultOptions(l))
	if err == nil {
		var s *quiz.Session
		var info quiz.Resumed
		s, info, err = quiz.Resume(l, p)
		if err == nil {
			return s, info, nil
		}
	}
	switch outdated := errors.Is(err, quiz.ErrOutdated); {
	case outdated && fromFile:
		return nil, quiz.Resumed{}, errProgressLink{L("This progress file was made by an older version of the app, so nothing was restored.")}
	case outdated:
		return nil, quiz.Resumed{}, errProgressLink{L("This progress link was made by an older version of the app, so nothing was restored.")}
	case fromFile:
		return nil, quiz.Resumed{}, errProgressLink{Lf("This progress file is damaged (%v), so nothing was restored. Make a new one on the other device.", err)}
	}
	return nil, quiz.Resumed{}, errProgressLink{Lf("This progress link is damaged (%v), so nothing was restored. Make a new one on the other device.", err)}
}

// restoredNotice says what a restore kept and what it dropped.
func restoredNotice(s *quiz.Session, info quiz.Resumed) string {
	kept := len(s.Progress().Answers)
	msg := Lf("Your progress was restored on this device: %s kept.", plural(kept, "answer", "answers"))
	if info.Dropped > 0 {
		// "was left out" as one phrase: in Ukrainian the verb is the same
		// for any number ("не враховано"), a bare "was" would not be.
		msg += " " + Lf("%s to questions changed since %s.", plural(info.Dropped, "answer", "answers"), plural2(info.Dropped, "was left out", "were left out"))
	}
	return msg
}
