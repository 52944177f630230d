#!/usr/bin/env python3
"""Times the viewer page drawing a large ego network in headless Chromium: opens URL?entity=NAME,
asks for LIMIT edges and prints the milliseconds from the request to the drawn graph (API
answers, force layout and SVG), the median of RUNS, and the number of nodes drawn.

    python3 Scripts/bench_page.py URL NAME [--limit 500] [--runs 5]
"""
import argparse
import statistics
import urllib.parse

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("name")
    parser.add_argument("--limit", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,900"]:
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        driver.get(args.url + "?entity=" + urllib.parse.quote(args.name))
        WebDriverWait(driver, 60).until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-state") == "ready")
        times = []
        for _ in range(args.runs):
            times.append(driver.execute_async_script("""
                const [limit, done] = arguments;
                const start = performance.now(), body = document.body, input = document.getElementById('filter-limit');
                new MutationObserver((_, observer) => {
                    if (body.dataset.state === 'ready') { observer.disconnect(); done(performance.now() - start); }
                }).observe(body, { attributes: true });
                input.value = limit;
                input.dispatchEvent(new Event('change'));""", args.limit))
        nodes = len(driver.find_elements(By.CSS_SELECTOR, "g.node"))
        print("page: %d nodes drawn in %.0f ms (median of %d)" % (nodes, statistics.median(times), args.runs))
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
