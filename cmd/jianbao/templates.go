package main

import (
	"fmt"
	"io"
	"io/fs"

	"github.com/spf13/cobra"

	"github.com/jianbao/jianbao/report"
	"github.com/jianbao/jianbao/report/layout"
)

func newTemplatesCmd(stdout, _ io.Writer) *cobra.Command {
	var dir string
	cmd := &cobra.Command{
		Use:   "templates",
		Short: "List the layouts, or print one (jianbao templates show NAME)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return listTemplates(stdout, dir)
		},
	}
	list := &cobra.Command{
		Use:   "list",
		Short: "List the layouts with their descriptions",
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return listTemplates(stdout, dir) },
	}
	show := &cobra.Command{
		Use:   "show NAME",
		Short: "Print a layout's YAML, to copy and adapt with --templates DIR",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			data, err := fs.ReadFile(report.Templates(dir), args[0]+".yaml")
			if err != nil {
				return usageError("no layout %q: want one of %v", args[0], layout.List(report.Templates(dir)))
			}
			_, err = stdout.Write(data)
			return err
		},
	}
	cmd.PersistentFlags().StringVar(&dir, "templates", "", "directory of layouts that override the built-in ones")
	cmd.AddCommand(list, show)
	return cmd
}

func listTemplates(w io.Writer, dir string) error {
	fsys := report.Templates(dir)
	for _, name := range layout.List(fsys) {
		l, _, err := layout.Lookup(fsys, name, "")
		if err != nil {
			fmt.Fprintf(w, "%-14s (error: %v)\n", name, err)
			continue
		}
		fmt.Fprintf(w, "%-14s %s\n", name, l.Description)
	}
	return nil
}
