package org.planextract.spark;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.planextract.model.ErrorCode;
import org.planextract.run.InputCollector;

/**
 * Expands the job's input arguments into documents on the driver, with the CLI's rules so the two
 * give the same docIds: arguments in order; a file stands for itself; a folder (searched
 * recursively) and a glob ({@code s3a://bucket/2021/*.docx}) for their supported, non-hidden files
 * sorted by path; docId = file stem, a repeated stem gets -2, -3 … in that order. Local paths given
 * without a scheme keep the form they were given in (relative stays relative), as the CLI prints
 * them; others are full URIs. A path that does not exist, a glob without match and a folder without
 * plans are failures, not silence.
 */
final class InputListing {
  private final Configuration conf;
  private final java.nio.file.Path workingDir = java.nio.file.Path.of("").toAbsolutePath();

  InputListing(Configuration conf) {
    this.conf = conf;
  }

  List<DocumentTask> list(List<String> arguments) throws IOException {
    List<DocumentTask> tasks = new ArrayList<>();
    Set<String> docIds = new HashSet<>();
    for (String arg : arguments) {
      Path pattern = new Path(arg);
      FileSystem fs = pattern.getFileSystem(conf);
      boolean glob = isGlob(arg);
      FileStatus[] matches = fs.globStatus(pattern);
      if (matches == null || matches.length == 0) {
        tasks.add(DocumentTask.problem(tasks.size(), arg, ErrorCode.UNREADABLE_INPUT.name(),
            glob ? "no file matches the pattern" : "no such file or folder"));
        continue;
      }
      List<Found> found = new ArrayList<>();
      for (FileStatus match : matches) {
        if (match.isDirectory()) {
          found.addAll(supportedFilesUnder(fs, match.getPath(), arg));
        } else if (!glob || supported(match.getPath())) {
          found.add(new Found(match.getPath().toString(), display(match.getPath(), arg)));
        }
      }
      if (found.isEmpty()) {
        tasks.add(DocumentTask.problem(tasks.size(), arg, ErrorCode.EMPTY.name(),
            glob ? "the pattern matches no plan files" : "folder holds no plan files"));
        continue;
      }
      found.sort(Comparator.comparing(Found::display));
      for (Found f : found) {
        tasks.add(DocumentTask.of(tasks.size(), f.uri(), f.display(), uniqueDocId(f.display(), docIds)));
      }
    }
    return tasks;
  }

  private record Found(String uri, String display) {}

  private List<Found> supportedFilesUnder(FileSystem fs, Path dir, String arg) throws IOException {
    List<Found> found = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
    while (it.hasNext()) {
      LocatedFileStatus f = it.next();
      if (f.isFile() && supported(f.getPath())) {
        found.add(new Found(f.getPath().toString(), display(f.getPath(), arg)));
      }
    }
    return found;
  }

  private static boolean supported(Path path) {
    String name = path.getName();
    return !name.startsWith(".") && InputCollector.supported(java.nio.file.Path.of(name));
  }

  /** The path as the CLI would print it: relative to the working folder when given relative. */
  private String display(Path file, String arg) {
    URI uri = file.toUri();
    if ("file".equals(uri.getScheme()) && new Path(arg).toUri().getScheme() == null) {
      java.nio.file.Path local = java.nio.file.Path.of(uri.getPath());
      return java.nio.file.Path.of(arg).isAbsolute() ? local.toString() : workingDir.relativize(local).toString();
    }
    return file.toString();
  }

  private static boolean isGlob(String arg) {
    return arg.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  /** The CLI's docId rule (InputCollector): the file stem, then -2, -3 … for repeats. */
  private static String uniqueDocId(String display, Set<String> taken) {
    String name = display.substring(display.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String id = stem;
    for (int n = 2; !taken.add(id); n++) {
      id = stem + "-" + n;
    }
    return id;
  }
}
