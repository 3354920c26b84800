#[test]
fn probe() {
    let plain = |n: u32| {
        format!("<p>Plain paragraph {n} runs on without a single pause because the writer of this part of the page never stopped for breath and kept adding words and more words one after another until the line was long enough to fill the whole width of the column</p>")
    };
    let commas = |n: u32| {
        format!("<p>Comma paragraph {n}: the keeper, the boatman, the cook, the clerk, and the two boys, all of them, wet, tired, came in at dawn, ate, slept, and rose again.</p>")
    };
    let page = format!("<html><body><div id=one><div>{}{}</div></div><div id=two><div>{}{}</div></div></body></html>", plain(1), plain(2), commas(1), commas(2));
    let a = dechrome::extract(&page).unwrap();
    println!("=== {}", a.text().replace('\n', "|"));
}
