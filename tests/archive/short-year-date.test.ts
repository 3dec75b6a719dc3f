import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findShortYearDate } from "../../src/archive/short-year-date.ts";

const read = (line: string): string | null => {
  const m = findShortYearDate(line);
  return m ? `${m.date.year}-${m.date.month}-${m.date.day}` : null;
};

describe("findShortYearDate", () => {
  it("reads day, month and a two-digit year written with dots", () => {
    assert.equal(read("19.10.19, 11:29 Uhr"), "2019-10-19");
    assert.equal(read("Von: Kim Lee | 1.11.23"), "2023-11-1");
    assert.equal(read("04.05.20 14:50"), "2020-5-4");
  });
  it("never reads a time after a day and a month as the year", () => {
    assert.equal(read("07.11. 09:20"), null);
    assert.equal(read("2020. 06. 04. 11:27"), null);
    assert.equal(read("07.11.09h20"), null);
  });
  it("reads a year past the pivot in the 1900s", () => assert.equal(read("12.03.98"), "1998-3-12"));
  it("refuses a day the calendar lacks", () => assert.equal(read("31.02.21"), null));
  it("refuses dotted numbers that run on: versions and addresses", () => {
    assert.equal(read("v10.12.19"), null);
    assert.equal(read("192.168.10.12"), null);
    assert.equal(read("10.12.190"), null);
    assert.equal(read("1.10.12.19"), null);
  });
});
