package org.pledgewatch.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;

/**
 * CPU time of processes from {@code /proc} (Linux): {@code utime + stime} of {@code /proc/<pid>/stat}, in
 * clock ticks (USER_HZ, 100 per second on Linux). A process is found by the TCP port it listens on, so the
 * same code finds the processes of a stack we started and of one we were only given URLs of. For PostgreSQL
 * the backends count too: the postmaster's children, plus what its exited children used ({@code cutime}).
 */
final class ProcessCpu {

    static final double TICKS_PER_SECOND = 100.0;

    private ProcessCpu() {
    }

    /** The pid listening on {@code port} (IPv4 or IPv6), if one of ours can be seen. */
    static OptionalLong pidListeningOn(int port) {
        Set<String> inodes = new HashSet<>();
        for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
            try {
                List<String> lines = Files.readAllLines(Paths.get(table));
                for (String line : lines.subList(1, lines.size())) {
                    String[] f = line.trim().split("\\s+");
                    String local = f[1];
                    int localPort = Integer.parseInt(local.substring(local.indexOf(':') + 1), 16);
                    if (localPort == port && f[3].equals("0A")) {
                        inodes.add(f[9]);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // no such table (no IPv6) or unreadable: try the other
            }
        }
        if (inodes.isEmpty()) {
            return OptionalLong.empty();
        }
        try (Stream<Path> procs = Files.list(Paths.get("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try (Stream<Path> fds = Files.list(proc.resolve("fd"))) {
                    for (Path fd : fds.toList()) {
                        String target = Files.readSymbolicLink(fd).toString();
                        if (target.startsWith("socket:[") && inodes.contains(target.substring(8, target.length() - 1))) {
                            return OptionalLong.of(Long.parseLong(proc.getFileName().toString()));
                        }
                    }
                } catch (IOException | RuntimeException gone) {
                    // exited or not ours to read
                }
            }
        } catch (IOException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    /** utime + stime of the process, and with {@code withChildren} of its live children and reaped ones. */
    static long ticks(long pid, boolean withChildren) {
        long[] own = stat(pid);
        if (own == null) {
            return 0;
        }
        long total = own[0] + own[1];
        if (withChildren) {
            total += own[2] + own[3];
            for (long child : children(pid)) {
                long[] c = stat(child);
                if (c != null) {
                    total += c[0] + c[1];
                }
            }
        }
        return total;
    }

    /** Sets the nice value of every thread of the process (and of its children's, with {@code withChildren}). */
    static void renice(long pid, int nice, boolean withChildren) {
        List<Long> processes = new ArrayList<>(List.of(pid));
        if (withChildren) {
            processes.addAll(children(pid));
        }
        for (long process : processes) {
            try (Stream<Path> tasks = Files.list(Paths.get("/proc/" + process + "/task"))) {
                List<String> command = new ArrayList<>(List.of("renice", "-n", Integer.toString(nice), "-p"));
                tasks.forEach(task -> command.add(task.getFileName().toString()));
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start().waitFor();
            } catch (IOException e) {
                System.out.println("[load] could not renice " + process + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Resident set size in bytes (0 if unknown). */
    static long rssBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Paths.get("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    /** Busy and total jiffies of the whole machine, from the first line of {@code /proc/stat}. */
    static long[] machine() {
        try {
            String[] f = Files.readAllLines(Paths.get("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    private static List<Long> children(long parent) {
        List<Long> children = new ArrayList<>();
        try (Stream<Path> procs = Files.list(Paths.get("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                long pid = Long.parseLong(proc.getFileName().toString());
                String stat = read(pid);
                if (stat != null && Long.parseLong(fields(stat)[1]) == parent) {
                    children.add(pid);
                }
            }
        } catch (IOException e) {
            return children;
        }
        return children;
    }

    /** utime, stime, cutime, cstime. */
    private static long[] stat(long pid) {
        String stat = read(pid);
        if (stat == null) {
            return null;
        }
        String[] f = fields(stat);
        // fields after "(comm)": state=0 ppid=1 ... utime=11 stime=12 cutime=13 cstime=14
        return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]), Long.parseLong(f[14])};
    }

    private static String[] fields(String stat) {
        return stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
    }

    private static String read(long pid) {
        try {
            return Files.readString(Paths.get("/proc/" + pid + "/stat"));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
