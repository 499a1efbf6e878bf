use std::time::Instant;
fn main() {
    let unit = "Hill said “we go” and ‘they’ stay, \"so\" « oui » ” then “ ” ";
    let text = unit.repeat(std::env::args().nth(1).map_or(9_100, |a| a.parse().unwrap()));
    let t = Instant::now();
    let doc = article_card::input::text::read(&text);
    let t1 = t.elapsed();
    let q = article_card::extract::quotes::find(&doc, &[], &[]);
    println!("read {:?} quotes {:?} n={}", t1, t.elapsed() - t1, q.len());
}
