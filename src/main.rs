//! The command line: reads an article from a file or standard input and prints its card
//! data as JSON (or a static HTML card). See SPEC §4 and `article-card --help`.

// The command line is native only; a wasm build of this target is an empty program.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::{Read, Write};
    use std::process::ExitCode;

    use article_card::calendar::Date;
    use article_card::{analyze, view, Error, InputKind, Options};

    const USAGE: &str = "\
    usage: article-card [FILE] [--format json|html] [--input auto|text|html] [--published YYYY-MM-DD]

    Reads a news article from FILE (or standard input when FILE is absent or \"-\") and prints
    its card data as JSON, or a static HTML card with --format html.";

    #[derive(Clone, Copy, PartialEq)]
    enum Format {
        Json,
        Html,
    }

    struct Args {
        file: Option<String>,
        format: Format,
        options: Options,
    }

    pub fn main() -> ExitCode {
        let args = match parse_args(std::env::args().skip(1)) {
            Ok(Some(args)) => args,
            Ok(None) => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            Err(message) => return fail(&message),
        };
        let input = match read_input(args.file.as_deref()) {
            Ok(text) => text,
            Err(e) => return fail(&e.to_string()),
        };
        let card = analyze(&input, &args.options);
        let out = match args.format {
            Format::Json => {
                let mut s = serde_json::to_string_pretty(&card).unwrap_or_default();
                s.push('\n');
                s
            }
            Format::Html => view::html::document(&card, &view::ViewOptions::default()),
        };
        let mut stdout = std::io::stdout().lock();
        if stdout.write_all(out.as_bytes()).and_then(|_| stdout.flush()).is_err() {
            return ExitCode::from(1);
        }
        ExitCode::SUCCESS
    }

    /// One line on standard error, exit status 2.
    fn fail(message: &str) -> ExitCode {
        eprintln!("article-card: {message}");
        ExitCode::from(2)
    }

    /// Parses the arguments; `Ok(None)` asks for the usage text.
    fn parse_args(mut it: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
        let mut args = Args { file: None, format: Format::Json, options: Options::default() };
        while let Some(arg) = it.next() {
            let (flag, inline) = match arg.split_once('=') {
                Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
                _ => (arg.clone(), None),
            };
            let mut value =
                |name: &str| inline.clone().or_else(|| it.next()).ok_or_else(|| format!("{name} needs a value"));
            match flag.as_str() {
                "-h" | "--help" => return Ok(None),
                "--format" => {
                    args.format = match value("--format")?.as_str() {
                        "json" => Format::Json,
                        "html" => Format::Html,
                        other => return Err(format!("--format must be json or html, not {other:?}")),
                    }
                }
                "--input" => {
                    let v = value("--input")?;
                    args.options.input =
                        InputKind::parse(&v).ok_or_else(|| format!("--input must be auto, text or html, not {v:?}"))?;
                }
                "--published" => {
                    let v = value("--published")?;
                    args.options.published = Some(
                        Date::parse_ymd(&v)
                            .ok_or_else(|| format!("--published must be a date YYYY-MM-DD, not {v:?}"))?,
                    );
                }
                "-" => set_file(&mut args, arg)?,
                f if f.starts_with('-') => return Err(format!("unknown option {f:?} (see --help)")),
                _ => set_file(&mut args, arg)?,
            }
        }
        Ok(Some(args))
    }

    fn set_file(args: &mut Args, file: String) -> Result<(), String> {
        if args.file.is_some() {
            return Err("give at most one FILE".into());
        }
        args.file = Some(file);
        Ok(())
    }

    fn read_input(file: Option<&str>) -> Result<String, Error> {
        let (path, bytes) = match file {
            None | Some("-") => {
                let mut buf = Vec::new();
                std::io::stdin()
                    .read_to_end(&mut buf)
                    .map_err(|source| Error::Io { path: "standard input".into(), source })?;
                ("standard input".to_string(), buf)
            }
            Some(p) => (p.to_string(), std::fs::read(p).map_err(|source| Error::Io { path: p.into(), source })?),
        };
        String::from_utf8(bytes).map_err(|_| Error::Utf8 { path })
    }
}
