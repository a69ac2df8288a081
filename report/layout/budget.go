package layout

import (
	"errors"
	"fmt"
	"strings"
	"text/template"
	"text/template/parse"
	"time"
)

// A layout's text snippets are code from a file the user may have been sent: they run with a
// budget. Every loop iteration and every template call costs a step (a step function is woven
// into each range body and each template's start after parsing), and a run stops with an error
// past maxSteps steps, maxRunTime, or maxOutput bytes of output. Without that,
// {{range 100000000000}}{{end}} never ends and {{range 2000000000}}x{{end}} exhausts memory.
// The wording of a digest takes a few hundred steps; a snippet listing ten thousand articles
// with a dozen fields each stays well within maxSteps.
const (
	maxRunTime = 5 * time.Second
	maxOutput  = 1 << 20
)

// maxSteps is a variable so that the fuzz test can run pathological templates quickly.
var maxSteps = 250_000

// ErrBudget is returned when a text snippet runs past its budget.
var ErrBudget = errors.New("the text template runs too long")

// stepFunc is the name of the step function woven into the snippets.
const stepFunc = "_step"

// stepNode is the action {{_step}}, parsed once.
var stepNode = func() parse.Node {
	t := template.Must(template.New("step").Funcs(template.FuncMap{stepFunc: func() string { return "" }}).Parse("{{" + stepFunc + "}}"))
	return t.Tree.Root.Nodes[0]
}()

// harden checks a parsed snippet tree and weaves the step function into it: at the start of
// the template and of every range body. It refuses the one door from a template to the
// machine: the Local method of a time (every time in the model is a UTC calendar day; Local
// would read the machine's zone and break same-input-same-bytes). No function a template can
// call reads the clock.
func harden(t *parse.Tree) error {
	if t == nil || t.Root == nil {
		return nil
	}
	if err := walk(t, t.Root); err != nil {
		return err
	}
	t.Root.Nodes = append([]parse.Node{stepNode}, t.Root.Nodes...)
	return nil
}

func walk(t *parse.Tree, n parse.Node) error {
	switch x := n.(type) {
	case *parse.ListNode:
		if x == nil {
			return nil
		}
		for _, c := range x.Nodes {
			if err := walk(t, c); err != nil {
				return err
			}
		}
	case *parse.RangeNode:
		if err := walkBranch(t, &x.BranchNode); err != nil {
			return err
		}
		if x.List != nil {
			x.List.Nodes = append([]parse.Node{stepNode}, x.List.Nodes...)
		}
	case *parse.IfNode:
		return walkBranch(t, &x.BranchNode)
	case *parse.WithNode:
		return walkBranch(t, &x.BranchNode)
	case *parse.ActionNode:
		return walk(t, x.Pipe)
	case *parse.TemplateNode:
		return walk(t, x.Pipe)
	case *parse.PipeNode:
		if x == nil {
			return nil
		}
		for _, c := range x.Cmds {
			for _, a := range c.Args {
				if err := walk(t, a); err != nil {
					return err
				}
			}
		}
	case *parse.FieldNode:
		return idents(t, n, x.Ident)
	case *parse.VariableNode:
		return idents(t, n, x.Ident)
	case *parse.ChainNode:
		if err := walk(t, x.Node); err != nil {
			return err
		}
		return idents(t, n, x.Field)
	}
	return nil
}

func walkBranch(t *parse.Tree, b *parse.BranchNode) error {
	if err := walk(t, b.Pipe); err != nil {
		return err
	}
	if err := walk(t, b.List); err != nil {
		return err
	}
	return walk(t, b.ElseList)
}

func idents(t *parse.Tree, n parse.Node, ids []string) error {
	for _, id := range ids {
		if id == "Local" {
			loc, _ := t.ErrorContext(n)
			return fmt.Errorf("%s: .Local: a text template has no access to the machine's time zone (dates are calendar days; use day, or .Format)", loc)
		}
	}
	return nil
}

// budget is one run's allowance.
type budget struct {
	steps    int
	deadline time.Time
}

func (b *budget) step() (string, error) {
	b.steps++
	if b.steps > maxSteps {
		return "", fmt.Errorf("%w: more than %d loop steps", ErrBudget, maxSteps)
	}
	if b.steps%1024 == 0 && time.Now().After(b.deadline) {
		return "", fmt.Errorf("%w: longer than %v", ErrBudget, maxRunTime)
	}
	return "", nil
}

// limitWriter refuses output past its limit.
type limitWriter struct {
	sb    strings.Builder
	limit int
}

func (w *limitWriter) Write(p []byte) (int, error) {
	if w.sb.Len()+len(p) > w.limit {
		return 0, fmt.Errorf("%w: more than %d bytes of text", ErrBudget, w.limit)
	}
	return w.sb.Write(p)
}

// run executes t over data within a fresh budget.
func run(t *template.Template, data any) (string, error) {
	c, err := t.Clone()
	if err != nil {
		return "", err
	}
	b := &budget{deadline: time.Now().Add(maxRunTime)}
	c.Funcs(template.FuncMap{stepFunc: b.step})
	w := &limitWriter{limit: maxOutput}
	if err := c.Execute(w, data); err != nil {
		if errors.Is(err, ErrBudget) {
			// The budget's own message (what ran out), without the template's wrapping.
			for e := err; e != nil; e = errors.Unwrap(e) {
				if strings.HasPrefix(e.Error(), ErrBudget.Error()) {
					return "", e
				}
			}
			return "", ErrBudget
		}
		return "", err
	}
	return w.sb.String(), nil
}

// ParseTemplate parses a template a user wrote outside a layout (a title or file name
// template) as layout snippets are: the machine's time zone out of reach, and run by
// RunTemplate with a budget.
func ParseTemplate(name, src string) (*template.Template, error) {
	return hardenAll(template.New(name).Option("missingkey=error").Funcs(template.FuncMap{stepFunc: func() string { return "" }}).Parse(src))
}

// hardenAll hardens every template that parsing src defined (a {{define}} adds one), or
// passes the parse error on.
func hardenAll(t *template.Template, err error) (*template.Template, error) {
	if err != nil {
		return nil, err
	}
	for _, d := range t.Templates() {
		if err := harden(d.Tree); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// RunTemplate executes a template from ParseTemplate over data within the budget of layout
// snippets (steps, time and output).
func RunTemplate(t *template.Template, data any) (string, error) { return run(t, data) }
