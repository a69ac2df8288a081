package mail

import (
	"errors"
	"os"
	"strings"

	"github.com/jianbao/jianbao/report/internal/safefile"
)

// PasswordFrom reads the password named by a configuration: env is the name of an environment
// variable (looked up with lookup, os.LookupEnv when nil), file the path of a file holding it
// (one trailing newline is dropped). At most one may be given; neither gives no password. An
// error names the variable or the file, never what they hold.
func PasswordFrom(env, file string, lookup func(string) (string, bool)) (Secret, error) {
	if env != "" && file != "" {
		return "", &SettingError{Key: "password_file", Err: errors.New("password_env and password_file are both set: give one")}
	}
	if lookup == nil {
		lookup = os.LookupEnv
	}
	switch {
	case env != "":
		v, ok := lookup(env)
		if !ok || v == "" {
			return "", settingError("password_env", "environment variable %s is not set", env)
		}
		return Secret(v), nil
	case file != "":
		data, err := safefile.ReadFile(file, 64<<10)
		if err != nil {
			var pe *os.PathError
			if errors.As(err, &pe) {
				return "", settingError("password_file", "%s: %w", file, pe.Err)
			}
			return "", settingError("password_file", "%s: cannot read it", file)
		}
		v := strings.TrimSuffix(strings.TrimSuffix(string(data), "\n"), "\r")
		if v == "" {
			return "", settingError("password_file", "%s is empty", file)
		}
		if strings.ContainsAny(v, "\r\n") {
			return "", settingError("password_file", "%s: want the password alone on one line", file)
		}
		return Secret(v), nil
	}
	return "", nil
}
