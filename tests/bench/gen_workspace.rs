//! Writes a Jalon workspace file to stdout.
//!
//!     cargo run --release --example gen_workspace -- large 5000 > big.json
//!     cargo run --release --example gen_workspace -- example > example.json
//!
//! The benchmark uses `large`; the version fixtures under tests/fixtures were
//! written with `example`.

use jalon::domain::{file, sample};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let ws = match args.first().map(String::as_str) {
        Some("large") => sample::large(today, args.get(1).and_then(|n| n.parse().ok()).unwrap_or(5000)),
        Some("example") | None => sample::example(today),
        Some(other) => {
            eprintln!("unknown workspace '{other}': use 'example' or 'large [items]'");
            std::process::exit(2);
        }
    };
    println!("{}", file::write(&ws, "2026-11-23T09:00:00Z"));
}
