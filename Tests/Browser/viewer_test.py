#!/usr/bin/env python3
"""The `graphtool serve` page in real headless Chromium (Debian's chromium and chromium-driver,
Selenium from PyPI): builds a store from the sample corpus, starts the server on a free port and
uses the page as a person would. Prints `browser: N passed, N failed`; exits 1 on any failure.

    python3 Tests/Browser/viewer_test.py --graphtool .build/debug/graphtool [--screenshot Exports/serve.png]
"""
import argparse
import os
import re
import struct
import subprocess
import sys
import tempfile
import time
import urllib.parse

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def start_server(graphtool, folder):
    """Ingests Samples/seeds and Samples/dev (documents dated 2006 to 2023) into a new store and serves
    it on a free port; returns (process, url)."""
    db = os.path.join(folder, "graph.sqlite")
    subprocess.run([graphtool, "ingest", os.path.join(ROOT, "Samples", "seeds"), os.path.join(ROOT, "Samples", "dev"), "--db", db],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    server = subprocess.Popen([graphtool, "serve", "--db", db, "--port", "0"], stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 60
    while time.time() < deadline:
        line = server.stderr.readline()
        match = re.search(r"on (http://127\.0\.0\.1:\d+/)", line)
        if match:
            return server, match.group(1)
        if not line and server.poll() is not None:
            break
    server.kill()
    raise RuntimeError("graphtool serve did not start")


def browser(downloads):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,900", "--lang=en-US"]:
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"download.default_directory": downloads, "download.prompt_for_download": False})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def wait(driver, seconds=15):
    """Waits for a condition, reading elements again when the page has redrawn them."""
    return WebDriverWait(driver, seconds, ignored_exceptions=[StaleElementReferenceException])


def wait_ready(driver):
    wait(driver, 30).until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-state") in ("ready", "error"))
    state = driver.find_element(By.TAG_NAME, "body").get_attribute("data-state")
    assert state == "ready", "page failed: " + driver.find_element(By.ID, "status").text


def drawn_names(driver):
    return {e.get_attribute("data-name") for e in driver.find_elements(By.CSS_SELECTOR, "g.node")}


def click_edge(driver, a, b):
    """Clicks, with the mouse, a point of the drawn edge between `a` and `b` that no other element covers."""
    point = driver.execute_script("""
        const [a, b] = arguments;
        const hits = [...document.querySelectorAll('path.link-hit')].filter(p =>
            (p.dataset.source === a && p.dataset.target === b) || (p.dataset.source === b && p.dataset.target === a));
        for (const path of hits) {
            const length = path.getTotalLength(), matrix = path.getScreenCTM();
            for (const t of [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7]) {
                const p = path.getPointAtLength(length * t);
                const x = matrix.a * p.x + matrix.c * p.y + matrix.e, y = matrix.b * p.x + matrix.d * p.y + matrix.f;
                if (document.elementFromPoint(x, y) === path) return [Math.round(x), Math.round(y)];
            }
        }
        return null;""", a, b)
    assert point, "no visible edge between %s and %s" % (a, b)
    actions = ActionChains(driver)
    actions.w3c_actions.pointer_action.move_to_location(point[0], point[1])
    actions.w3c_actions.pointer_action.click()
    actions.perform()


def test_opens_on_entity(driver, url):
    driver.get(url + "?entity=Zelensky")
    wait_ready(driver)
    assert driver.find_element(By.CSS_SELECTOR, "#card h2").text == "Volodymyr Zelensky"
    names = drawn_names(driver)
    assert "Dmytro Kuleba" in names, "Kuleba not drawn among %s" % sorted(names)
    center = driver.find_element(By.CSS_SELECTOR, "g.node.center").get_attribute("data-name")
    assert center == "Volodymyr Zelensky", center


def test_edge_evidence(driver, url):
    click_edge(driver, "Volodymyr Zelensky", "Dmytro Kuleba")
    wait(driver).until(EC.presence_of_element_located((By.CSS_SELECTOR, "#evidence .sentence")))
    sentences = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#evidence .sentence")]
    assert any("Kuleba" in s for s in sentences), sentences
    assert "Kuleba" in driver.find_element(By.CSS_SELECTOR, "#evidence h3").text


def downloaded(driver, downloads, button, name, binary=False):
    """Clicks `button` and returns the text (or bytes) of the file `name` it saves."""
    driver.find_element(By.ID, button).click()
    path = os.path.join(downloads, name)
    deadline = time.time() + 15
    while not os.path.exists(path) and time.time() < deadline:
        time.sleep(0.2)
    with open(path, "rb" if binary else "r", **({} if binary else {"encoding": "utf-8"})) as f:
        return f.read()


def test_download_svg(driver, url, downloads):
    svg = downloaded(driver, downloads, "download-svg", "Volodymyr_Zelensky.svg")
    assert svg.startswith("<?xml") and "<svg" in svg and "Dmytro Kuleba" in svg, svg[:200]
    graphml = downloaded(driver, downloads, "download-graphml", "Volodymyr_Zelensky.graphml")
    assert "<graphml" in graphml and "Dmytro Kuleba" in graphml, graphml[:200]
    png = downloaded(driver, downloads, "download-png", "Volodymyr_Zelensky.png", binary=True)
    assert png.startswith(b"\x89PNG\r\n\x1a\n"), png[:16]
    width, height = struct.unpack(">II", png[16:24])
    assert width > 400 and height > 300, (width, height)


def test_suggestions(driver, url):
    box = driver.find_element(By.ID, "search")
    box.clear()
    box.send_keys("Kule")
    wait(driver).until(lambda d: any(e.get_attribute("data-name") == "Dmytro Kuleba"
                                                   for e in d.find_elements(By.CSS_SELECTOR, "#suggestions li")))
    box.send_keys(Keys.ESCAPE)


def test_search_alias(driver, url):
    box = driver.find_element(By.ID, "search")
    box.clear()
    box.send_keys("Kiev", Keys.ENTER)
    wait(driver).until(lambda d: d.find_element(By.CSS_SELECTOR, "#card h2").text == "Kyiv")
    wait_ready(driver)
    assert urllib.parse.unquote(driver.current_url).endswith("?entity=Kyiv"), driver.current_url
    assert driver.find_element(By.CSS_SELECTOR, "g.node.center").get_attribute("data-name") == "Kyiv"


def test_node_recentres(driver, url):
    driver.get(url + "?entity=Kuleba")
    wait_ready(driver)
    node = driver.find_element(By.CSS_SELECTOR, 'g.node[data-name="Volodymyr Zelensky"] path.shape')
    ActionChains(driver).move_to_element(node).click().perform()
    wait(driver).until(lambda d: d.find_element(By.CSS_SELECTOR, "#card h2").text == "Volodymyr Zelensky")
    wait_ready(driver)


def test_time_slider(driver, url):
    """Both sliders on 3 March 2022, the one dated sample article: Zelensky's neighbors are those it names."""
    driver.get(url + "?entity=Zelensky")
    wait_ready(driver)
    assert driver.find_element(By.ID, "time").is_displayed(), "no time sliders"
    everywhere = drawn_names(driver)
    label = driver.execute_async_script("""
        const done = arguments[arguments.length - 1];
        fetch('/api/stats').then(r => r.json()).then(stats => {
            const day = (Date.parse('2022-03-03') - Date.parse(stats.firstDate)) / 86400000;
            for (const id of ['time-from', 'time-to']) {
                const slider = document.getElementById(id);
                slider.value = day;
                slider.dispatchEvent(new Event('input'));
            }
            document.getElementById('time-to').dispatchEvent(new Event('change'));
            done(document.getElementById('time-label').textContent);
        });""")
    assert label == "2022-03-03 – 2022-03-03", label
    wait(driver).until(lambda d: drawn_names(d) != everywhere)
    wait_ready(driver)
    that_day = drawn_names(driver)
    assert "Volodymyr Zelensky" in that_day and 1 < len(that_day) < len(everywhere), (len(that_day), len(everywhere))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--graphtool", required=True)
    parser.add_argument("--screenshot", help="save the page, open on Zelensky with the Kuleba edge's evidence, to this PNG")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        downloads = os.path.join(folder, "downloads")
        os.mkdir(downloads)
        server, url = start_server(os.path.abspath(args.graphtool), folder)
        driver = browser(downloads)
        passed = failed = 0
        try:
            steps = [test_opens_on_entity, test_edge_evidence, lambda d, u: test_download_svg(d, u, downloads),
                     test_suggestions, test_search_alias, test_node_recentres, test_time_slider]
            names = ["opens on entity", "edge evidence", "download svg, png and graphml", "suggestions", "search alias", "node recentres",
                     "time slider"]
            for name, step in zip(names, steps):
                try:
                    step(driver, url)
                    passed += 1
                    print("browser: ok   " + name)
                except Exception as error:  # report every step, then fail
                    failed += 1
                    print("browser: FAIL %s: %s" % (name, error))
                if name == "edge evidence" and args.screenshot:
                    driver.save_screenshot(args.screenshot)
        finally:
            driver.quit()
            server.terminate()
            server.wait(timeout=10)
    print("browser: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
