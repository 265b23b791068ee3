package dev.pillars.persistence.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pillars.persistence.spi.Versioned;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The hash trie behind every table behaves like a map and never changes once frozen. */
class TrieProperties {
  /** A key whose hash code the test chooses, so that keys collide in part or in full. */
  private record Key(int id, int hash) {
    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key && ((Key) other).id == id;
    }
  }

  private record Entry(Key key, int payload) {}

  private static final Function<Object, Object> KEY_OF = value -> ((Entry) value).key();

  /** Keys 0 to 19 share five hash codes (full collisions); the others have spread hash codes. */
  private static Key key(int id) {
    return new Key(id, id < 20 ? id % 5 : id * 0x9E3779B9);
  }

  private record Op(boolean put, int key, int payload) {}

  private static Gen<List<List<Op>>> batches() {
    Gen<Op> ops =
        integers()
            .between(0, 3)
            .zip(integers().between(0, 79), integers().between(0, 1000), (kind, key, payload) -> new Op(kind > 0, key, payload));
    return lists().of(lists().of(ops).ofSizeBetween(0, 60)).ofSizeBetween(1, 6);
  }

  @Test
  void editsBehaveLikeAMapAndFrozenTriesNeverChange() {
    qt().withExamples(300)
        .forAll(batches())
        .checkAssert(
            batches -> {
              List<Trie> tries = new ArrayList<>();
              List<Map<Key, Versioned<Object>>> models = new ArrayList<>();
              Trie trie = Trie.EMPTY;
              Map<Key, Versioned<Object>> model = new HashMap<>();
              long version = 0;
              for (List<Op> batch : batches) {
                Trie.Editor editor = trie.edit(KEY_OF);
                model = new HashMap<>(model);
                for (Op op : batch) {
                  Key key = key(op.key());
                  if (op.put()) {
                    Entry entry = new Entry(key, op.payload());
                    editor.put(entry, ++version);
                    model.put(key, Versioned.of(entry, version));
                  } else {
                    editor.remove(key);
                    model.remove(key);
                  }
                }
                trie = editor.freeze();
                tries.add(trie);
                models.add(model);
              }
              for (int i = 0; i < tries.size(); i++) {
                assertSame(tries.get(i), models.get(i));
              }
            });
  }

  @Test
  void aTrieBuiltInOnePassHoldsItsEntriesAndEditsLikeAnyOther() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, 79)).ofSizeBetween(0, 80), batches())
        .checkAssert(
            (ids, edits) -> {
              Map<Key, Versioned<Object>> model = new HashMap<>();
              for (int id : ids) {
                model.put(key(id), Versioned.of(new Entry(key(id), id), 1 + id));
              }
              Object[] values = new Object[model.size() + 3];
              long[] versions = new long[model.size() + 3];
              int count = 0;
              for (Versioned<Object> entry : model.values()) {
                values[count] = entry.value();
                versions[count] = entry.version();
                count++;
              }
              Trie trie = Trie.build(values, versions, count, KEY_OF);
              assertSame(trie, model);
              for (List<Op> batch : edits) {
                Trie.Editor editor = trie.edit(KEY_OF);
                for (Op op : batch) {
                  Key key = key(op.key());
                  if (op.put()) {
                    Entry entry = new Entry(key, op.payload());
                    editor.put(entry, 1);
                    model.put(key, Versioned.of(entry, 1));
                  } else {
                    editor.remove(key);
                    model.remove(key);
                  }
                }
                trie = editor.freeze();
                assertSame(trie, model);
              }
            });
  }

  private static void assertSame(Trie trie, Map<Key, Versioned<Object>> model) {
    assertThat(trie.size()).isEqualTo(model.size());
    for (int id = 0; id < 80; id++) {
      Key key = key(id);
      assertThat(trie.find(key, KEY_OF)).isEqualTo(model.get(key));
      assertThat(trie.versionOf(key, KEY_OF)).isEqualTo(model.containsKey(key) ? model.get(key).version() : 0);
    }
    List<Versioned<Object>> streamed =
        StreamSupport.stream(trie.spliterator(), false).collect(Collectors.toList());
    assertThat(streamed).containsExactlyInAnyOrderElementsOf(model.values());
  }

  @Test
  void holdsAHundredThousandEntriesAndRemovesThemAll() {
    Trie.Editor editor = Trie.EMPTY.edit(KEY_OF);
    for (int id = 0; id < 100_000; id++) {
      editor.put(new Entry(key(id), id), 1);
    }
    Trie full = editor.freeze();
    assertThat(full.size()).isEqualTo(100_000);
    Object[] values = new Object[100_000];
    long[] versions = new long[100_000];
    int[] count = new int[1];
    full.forEach(
        (value, version) -> {
          values[count[0]] = value;
          versions[count[0]++] = version;
        });
    Trie built = Trie.build(values, versions, count[0], KEY_OF);
    assertThat(built.size()).isEqualTo(100_000);
    for (int id = 0; id < 100_000; id += 7) {
      assertThat(built.find(key(id), KEY_OF)).isEqualTo(full.find(key(id), KEY_OF));
    }
    assertThat(full.spliterator().estimateSize()).isEqualTo(100_000);
    assertThat(StreamSupport.stream(full.spliterator(), false).count()).isEqualTo(100_000);

    Trie.Editor remover = full.edit(KEY_OF);
    for (int id = 0; id < 100_000; id++) {
      remover.remove(key(id));
    }
    Trie empty = remover.freeze();
    assertThat(empty.size()).isZero();
    assertThat(StreamSupport.stream(empty.spliterator(), false).count()).isZero();
    assertThat(full.find(key(99_999), KEY_OF)).isEqualTo(Versioned.of(new Entry(key(99_999), 99_999), 1));
  }
}
