#[cfg(target_arch = "wasm32")]
fn main() {
    jalon::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Jalon runs in the browser: use `bash .ci/dev` (see README.md).");
}
