# polgraph — build, test and demo.
#
#   make demo        install missing Debian packages, build, run the sample
#   make test        install missing packages, build, run unit + CLI tests
#   make             build ./polgraph
#   make check-asan  the tests under AddressSanitizer + UBSan
#   make valgrind    the CLI tests under valgrind
#   make eval        score extraction against ../shared/eval (seed + dev set)
#   make graphs      regenerate graphs/ from the sample article
#   make bench       run the benchmarks in bench/
#   make fuzz        run the libFuzzer targets (FUZZ_SECONDS=N each)

CC      ?= cc
BUILD   ?= build
OPT     ?= -O3 -g
PKGS    := igraph jansson libgvc
SHARED  ?= ../shared

PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CRIT_CFLAGS = $(shell pkg-config --cflags criterion 2>/dev/null)
CRIT_LIBS   = $(shell pkg-config --libs criterion 2>/dev/null)

WARN    := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wvla
CFLAGS_ALL = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE $(WARN) $(OPT) \
             -Iinclude -Isrc -I$(BUILD)/gen $(PKG_CFLAGS) $(EXTRA_CFLAGS)
LDLIBS_ALL = $(PKG_LIBS) -lpthread -lm $(EXTRA_LDFLAGS)

LIB_SRC  := $(sort $(wildcard src/*.c))
CLI_SRC  := $(sort $(wildcard src/cli/*.c))
TEST_SRC := $(sort $(wildcard tests/unit/*.c))
DATA     := $(sort $(wildcard data/lexicon/*.tsv data/lexicon/*.txt))

GEN_C    := $(BUILD)/gen/embedded_data.c
LIB_OBJ  := $(LIB_SRC:src/%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/embedded_data.o
CLI_OBJ  := $(CLI_SRC:src/cli/%.c=$(BUILD)/obj/cli/%.o)
TEST_OBJ := $(TEST_SRC:tests/unit/%.c=$(BUILD)/obj/tests/%.o)
LIB      := $(BUILD)/libpolgraph.a
BIN      := $(BUILD)/polgraph
TEST_BIN := $(BUILD)/test_unit

.PHONY: all deps demo test unit cli-test check-asan valgrind eval graphs bench fuzz clean
.DELETE_ON_ERROR:

all: $(BIN) polgraph

polgraph: $(BIN)
	@if [ "$(BUILD)" = build ]; then cp $(BIN) polgraph; fi

deps:
	@sh scripts/install-deps.sh

$(BUILD)/embed: tools/embed.c
	@mkdir -p $(dir $@)
	$(CC) -std=c11 -O1 -Wall -Wextra -o $@ $<

$(GEN_C): $(BUILD)/embed $(DATA)
	@mkdir -p $(dir $@)
	$(BUILD)/embed $@ $(DATA)

$(BUILD)/obj/embedded_data.o: $(GEN_C)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -c -o $@ $<

$(BUILD)/obj/%.o: src/%.c
	@mkdir -p $(dir $@)
	@echo "  CC  $<"
	@$(CC) $(CFLAGS_ALL) -MMD -MP -c -o $@ $<

$(BUILD)/obj/tests/%.o: tests/unit/%.c
	@mkdir -p $(dir $@)
	@echo "  CC  $<"
	@$(CC) $(CFLAGS_ALL) $(CRIT_CFLAGS) -Wno-missing-prototypes -MMD -MP -c -o $@ $<

$(LIB): $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BIN): $(CLI_OBJ) $(LIB)
	$(CC) $(OPT) $(EXTRA_CFLAGS) -o $@ $(CLI_OBJ) $(LIB) $(LDLIBS_ALL)

$(TEST_BIN): $(TEST_OBJ) $(LIB)
	$(CC) $(OPT) $(EXTRA_CFLAGS) -o $@ $(TEST_OBJ) $(LIB) $(LDLIBS_ALL) $(CRIT_LIBS)

# ---- the two README commands ----

demo: deps
	@$(MAKE) --no-print-directory all
	@sh scripts/demo.sh ./polgraph

test: deps
	@$(MAKE) --no-print-directory unit cli-test

unit: $(TEST_BIN)
	$(TEST_BIN) -j2 $(CRITERION_ARGS)

cli-test: $(BIN)
	POLGRAPH=$(CURDIR)/$(BIN) SHARED=$(abspath $(SHARED)) sh tests/cli/run.sh

# ---- checks ----

check-asan:
	@$(MAKE) --no-print-directory BUILD=build/asan \
	  OPT="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	  unit cli-test

valgrind: $(BIN)
	POLGRAPH="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect \
	  --suppressions=$(CURDIR)/tests/valgrind.supp $(CURDIR)/$(BIN)" SHARED=$(abspath $(SHARED)) \
	  sh tests/cli/run.sh

eval: $(BIN)
	@sh scripts/eval.sh $(BIN) $(SHARED)

graphs: $(BIN)
	@sh scripts/demo.sh $(BIN) --graphs-only

bench: $(BIN)
	@for b in bench/*.sh; do sh $$b || exit 1; done

# fuzzing: targets and rules live in tests/fuzz/fuzz.mk
-include tests/fuzz/fuzz.mk

clean:
	rm -rf build polgraph

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(TEST_OBJ:.o=.d)
