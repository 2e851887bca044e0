package org.planextract.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planextract.run.InputCollector;

/** The driver's listing gives the CLI's order and docIds, for folders, files and globs. */
class InputListingTest {
  @TempDir
  Path dir;

  private List<DocumentTask> list(String... args) throws IOException {
    return new InputListing(new Configuration()).list(List.of(args));
  }

  private void touch(String... names) throws IOException {
    for (String name : names) {
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "x");
    }
  }

  @Test
  void aFolderGivesItsPlansSortedWithRepeatedStemsNumberedAsTheCliDoes() throws IOException {
    touch("b/plan.txt", "a/plan.docx", "a/z.html", "a/.hidden.txt", "a/readme.md", "c/plan.htm");
    List<DocumentTask> tasks = list(dir.toString());
    assertEquals(List.of(dir + "/a/plan.docx", dir + "/a/z.html", dir + "/b/plan.txt", dir + "/c/plan.htm"),
        tasks.stream().map(DocumentTask::displayPath).toList());
    assertEquals(List.of("plan", "z", "plan-2", "plan-3"), tasks.stream().map(DocumentTask::docId).toList());
    assertEquals(List.of(0, 1, 2, 3), tasks.stream().map(DocumentTask::order).toList());
    var cli = new InputCollector().collect(List.of(dir));
    assertEquals(cli.stream().map(i -> i.path().toString()).toList(), tasks.stream().map(DocumentTask::displayPath).toList());
    assertEquals(cli.stream().map(InputCollector.Input::docId).toList(), tasks.stream().map(DocumentTask::docId).toList());
  }

  @Test
  void aFileStandsForItselfAndStemsRepeatAcrossArguments() throws IOException {
    touch("x/report.txt", "y/report.txt", "y/notes.md");
    List<DocumentTask> tasks = list(dir.resolve("x/report.txt").toString(), dir.resolve("y").toString(),
        dir.resolve("y/notes.md").toString());
    assertEquals(List.of("report", "report-2", "notes"), tasks.stream().map(DocumentTask::docId).toList());
    assertEquals("file:" + dir + "/x/report.txt", tasks.get(0).uri());
  }

  @Test
  void aGlobMatchesPlansOnly() throws IOException {
    touch("g/2021-a.txt", "g/2021-b.docx", "g/2021-c.md", "g/2022-a.txt");
    List<DocumentTask> tasks = list(dir + "/g/2021-*");
    assertEquals(List.of("2021-a", "2021-b"), tasks.stream().map(DocumentTask::docId).toList());
  }

  @Test
  void missingPathsEmptyFoldersAndEmptyGlobsAreFailures() throws IOException {
    Files.createDirectories(dir.resolve("empty"));
    touch("empty/readme.md");
    List<DocumentTask> tasks = list(dir + "/nope", dir + "/empty", dir + "/none-*.txt");
    assertEquals(List.of("UNREADABLE_INPUT", "EMPTY", "UNREADABLE_INPUT"),
        tasks.stream().map(DocumentTask::problemCode).toList());
    assertEquals(List.of("no such file or folder", "folder holds no plan files", "no file matches the pattern"),
        tasks.stream().map(DocumentTask::problemReason).toList());
  }

  @Test
  void aRelativePathStaysRelativeAsTheCliPrintsIt() throws IOException {
    Path rel = Path.of("target", "listing-test");
    Files.createDirectories(rel);
    Files.writeString(rel.resolve("one.txt"), "x");
    List<DocumentTask> tasks = list(rel.toString());
    assertEquals(List.of("target/listing-test/one.txt"), tasks.stream().map(DocumentTask::displayPath).toList());
  }
}
