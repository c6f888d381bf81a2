# tests/fuzz/fuzz.mk — libFuzzer targets (included by the Makefile).
#
#   make fuzz                   every target for FUZZ_SECONDS (default 60) each
#   make fuzz FUZZ_SECONDS=600  ten minutes each
#   make fuzz-extract           one target (extract, graph_json, export, draw, lexicon)
#   make fuzz-build             build the targets only
#   make fuzz-regress           replay the seeds and tests/fuzz/regressions/ once
#
# The targets and the library are built with clang under
# build/fuzz/ (separately from the gcc build): the library with
# -fsanitize=fuzzer-no-link,address,undefined, each target with
# -fsanitize=fuzzer,address,undefined. Inputs the fuzzer finds go to
# build/fuzz/corpus/TARGET/, crashes to build/fuzz/artifacts/TARGET/.
# A crash input, once fixed, is copied to tests/fuzz/regressions/TARGET/,
# where tests/unit/test_fuzz_regress.c replays it on every `make test`.
# docs/ROBUSTNESS.md has the runs and findings.

FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 60
FUZZ_BUILD   ?= build/fuzz
FUZZ_TARGETS := extract graph_json export draw lexicon
FUZZ_SAN     := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
FUZZ_CFLAGS  := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE $(WARN) -O1 -g $(FUZZ_SAN) \
                -Iinclude -Isrc -I$(BUILD)/gen $(PKG_CFLAGS)
FUZZ_LIB_OBJ := $(LIB_SRC:src/%.c=$(FUZZ_BUILD)/obj/%.o) $(FUZZ_BUILD)/obj/embedded_data.o
FUZZ_LIB     := $(FUZZ_BUILD)/libpolgraph.a
FUZZ_BINS    := $(FUZZ_TARGETS:%=$(FUZZ_BUILD)/fuzz_%)
FUZZ_HDRS    := $(wildcard tests/fuzz/*.h)

# longest input per target (-max_len): articles are text, the rest JSON or records
FUZZ_MAXLEN_extract    := 65536
FUZZ_MAXLEN_graph_json := 16384
FUZZ_MAXLEN_export     := 8192
FUZZ_MAXLEN_draw       := 4096
FUZZ_MAXLEN_lexicon    := 16384
FUZZ_DICT_extract      := tests/fuzz/dict/text.dict
FUZZ_DICT_graph_json   := tests/fuzz/dict/json.dict
FUZZ_DICT_export       := tests/fuzz/dict/markup.dict
FUZZ_DICT_draw         := tests/fuzz/dict/markup.dict
FUZZ_DICT_lexicon      := tests/fuzz/dict/json.dict

# -timeout catches hangs; -rss_limit_mb catches runaway memory
FUZZ_FLAGS   ?= -timeout=10 -rss_limit_mb=2048 -print_final_stats=1

.PHONY: fuzz fuzz-build fuzz-regress $(FUZZ_TARGETS:%=fuzz-%)

fuzz-build: $(FUZZ_BINS)

$(FUZZ_BUILD)/obj/%.o: src/%.c
	@mkdir -p $(dir $@)
	@echo "  CC (fuzz)  $<"
	@$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -MMD -MP -c -o $@ $<

$(FUZZ_BUILD)/obj/embedded_data.o: $(GEN_C)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

$(FUZZ_LIB): $(FUZZ_LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(FUZZ_BUILD)/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_HDRS) $(FUZZ_LIB)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_LIB) $(PKG_LIBS) -lpthread -lm

# fuzz-TARGET: run one target for FUZZ_SECONDS, growing build/fuzz/corpus/TARGET
# from the seeds in tests/fuzz/seeds/TARGET
$(FUZZ_TARGETS:%=fuzz-%): fuzz-%: $(FUZZ_BUILD)/fuzz_%
	@mkdir -p $(FUZZ_BUILD)/corpus/$* $(FUZZ_BUILD)/artifacts/$*
	$(FUZZ_BUILD)/fuzz_$* -max_total_time=$(FUZZ_SECONDS) -max_len=$(FUZZ_MAXLEN_$*) \
	  -dict=$(FUZZ_DICT_$*) -artifact_prefix=$(FUZZ_BUILD)/artifacts/$*/ $(FUZZ_FLAGS) \
	  $(FUZZ_BUILD)/corpus/$* tests/fuzz/seeds/$*

fuzz: $(FUZZ_BINS)
	@for t in $(FUZZ_TARGETS); do \
	  $(MAKE) --no-print-directory fuzz-$$t FUZZ_SECONDS=$(FUZZ_SECONDS) || exit 1; \
	done

# every seed and regression input once through the fuzz build (the same
# inputs also run in `make test` through tests/unit/test_fuzz_regress.c)
fuzz-regress: $(FUZZ_BINS)
	@for t in $(FUZZ_TARGETS); do \
	  files=$$(find tests/fuzz/seeds/$$t tests/fuzz/regressions/$$t -type f 2>/dev/null | sort); \
	  [ -n "$$files" ] || continue; \
	  echo "  REPLAY  $$t ($$(echo "$$files" | wc -l) inputs)"; \
	  $(FUZZ_BUILD)/fuzz_$$t $(FUZZ_FLAGS) $$files > $(FUZZ_BUILD)/replay-$$t.log 2>&1 || \
	    { tail -30 $(FUZZ_BUILD)/replay-$$t.log; exit 1; }; \
	done

-include $(FUZZ_LIB_OBJ:.o=.d)
