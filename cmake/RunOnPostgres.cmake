# Runs a server test binary as its PostgreSQL copy (<name>_pg, registered by
# pakn_add_server_test in tests/server/CMakeLists.txt): cmake -DTEST=<binary> -P this.
# It needs a cluster in PAKN_TEST_POSTGRES (scripts/run-tests.sh starts one).
# Without it the copy fails under CI (CI=true) and is skipped otherwise, so a
# developer without PostgreSQL can still run ctest.
if("$ENV{PAKN_TEST_POSTGRES}" STREQUAL "")
  if("$ENV{CI}" STREQUAL "true")
    message(FATAL_ERROR "PAKN_TEST_POSTGRES is not set: under CI every server test must also "
                        "run on PostgreSQL (scripts/run-tests.sh starts a throwaway cluster)")
  endif()
  message("pakn: skipped on PostgreSQL: PAKN_TEST_POSTGRES is not set "
          "(scripts/run-tests.sh starts a throwaway cluster and sets it)")
  return()
endif()
execute_process(COMMAND "${TEST}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${TEST} failed on PostgreSQL (${rc})")
endif()
